extension LanguageProfile {
    static let spanish: LanguageProfile = {
        var p = LanguageProfile(language: .es)
        p.frameHeadings = [(.draftResolution, "Proyecto de resolución"), (.draftDecision, "Proyecto de decisión"), (.annex, "Anexo")]
        p.assemblyIntros = ["La Asamblea General,"]
        p.voteLabels = [(.favour, "Votos a favor"), (.against, "Votos en contra"), (.abstain, "Abstenciones")]
        p.tallyPatterns = [#"por\s+(\d+)\s+votos?\s+contra\s+(\d+)\s*,?\s*y\s+(\d+)\s+abstenciones?"#]
        p.withoutVotePhrases = ["sin votación", "sin someterlo a votación", "sin someterla a votación"]
        p.titleKeywords = [("session", "período de sesiones"), ("agenda", "del programa"), ("report", "informe de"), ("rapporteur", "relator")]
        p.finalConjunctions = ["y", "e"]
        p.articles = ["el", "la", "los", "las", "de", "del"]
        p.sponsorKeywords = ["en nombre de", "patrocinador"]
        p.monthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"].map { [$0] }
        p.tallyKeywords = ["voto", "abstenci"]
        p.cognatePrefixLength = 5
        return p
    }()
}
