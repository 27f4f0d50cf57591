extension LanguageProfile {
    static let french: LanguageProfile = {
        var p = LanguageProfile(language: .fr)
        p.frameHeadings = [(.draftResolution, "Projet de résolution"), (.draftDecision, "Projet de décision"), (.annex, "Annexe")]
        p.assemblyIntros = ["L'Assemblée générale,", "L’Assemblée générale,"]
        p.voteLabels = [(.favour, "Ont voté pour"), (.against, "Ont voté contre"), (.abstain, "Se sont abstenus"), (.abstain, "Abstentions")]
        p.tallyPatterns = [#"par\s+(\d+)\s+voix\s+contre\s+(\d+)\s*,?\s*(?:avec|et)\s+(\d+)\s+abstentions?"#]
        p.withoutVotePhrases = ["sans vote", "sans le mettre aux voix", "sans la mettre aux voix"]
        p.titleKeywords = [("session", "session"), ("agenda", "ordre du jour"), ("report", "rapport de"), ("rapporteur", "rapporteu")]
        p.finalConjunctions = ["et"]
        p.articles = ["le", "la", "les", "l", "de", "du", "des", "d"]
        p.sponsorKeywords = ["au nom de", "auteurs"]
        p.monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"].map { [$0] }
        p.tallyKeywords = ["voix", "abstention"]
        p.cognatePrefixLength = 5
        return p
    }()
}
