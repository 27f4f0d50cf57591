extension LanguageProfile {
    static let english: LanguageProfile = {
        var p = LanguageProfile(language: .en)
        p.frameHeadings = [(.draftResolution, "Draft resolution"), (.draftDecision, "Draft decision"), (.annex, "Annex")]
        p.assemblyIntros = ["The General Assembly,"]
        p.voteLabels = [(.favour, "In favour"), (.against, "Against"), (.abstain, "Abstaining"), (.abstain, "Abstentions")]
        p.tallyPatterns = [#"(?:recorded vote of|by)\s+(\d+)\s+(?:votes?\s+)?to\s+(\d+)\s*,?\s*(?:with|and)\s+(\d+)\s+abstentions?"#]
        p.withoutVotePhrases = ["without a vote"]
        p.titleKeywords = [("session", "session"), ("agenda", "agenda item"), ("report", "report of"), ("rapporteur", "rapporteur")]
        p.finalConjunctions = ["and"]
        p.articles = ["the", "of"]
        p.sponsorKeywords = ["on behalf of", "sponsor"]
        p.monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map { [$0] }
        p.tallyKeywords = ["vote", "abstention"]
        p.monthNamesAlsoWords = ["May"]
        p.cognatePrefixLength = 5
        return p
    }()
}
