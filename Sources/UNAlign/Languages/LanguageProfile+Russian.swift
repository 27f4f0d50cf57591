extension LanguageProfile {
    static let russian: LanguageProfile = {
        var p = LanguageProfile(language: .ru)
        p.frameHeadings = [(.draftResolution, "Проект резолюции"), (.draftDecision, "Проект решения"), (.annex, "Приложение")]
        p.assemblyIntros = ["Генеральная Ассамблея,"]
        p.voteLabels = [(.favour, "Голосовали за"), (.against, "Голосовали против"), (.abstain, "Воздержались")]
        p.tallyPatterns = [#"(\d+)\s+голос\w*\s+против\s+(\d+)\s*,?\s*при\s+(\d+)\s+воздерж"#]
        p.withoutVotePhrases = ["без голосования"]
        p.titleKeywords = [("session", "сессия"), ("agenda", "повестки дня"), ("report", "доклад"), ("rapporteur", "докладчик")]
        p.finalConjunctions = ["и"]
        p.inflectionEndings = ["ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ых", "их", "ым", "им", "ов", "ев",
                               "ам", "ям", "ах", "ях", "ом", "ем", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий",
                               "а", "я", "ы", "и", "е", "о", "у", "ю", "ь", "й", "ии"]
        p.sponsorKeywords = ["от имени", "авторов"]
        return p
    }()
}
