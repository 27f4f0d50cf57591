extension LanguageProfile {
    static let chinese: LanguageProfile = {
        var p = LanguageProfile(language: .zh)
        p.usesIdeographicFullStops = true
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]
        p.sectionOrdinals = numerals
        p.headingTerminators = [".", "、"]
        p.paragraphNumberTerminators = [".", "、"]
        p.frameHeadings = [(.draftResolution, "决议草案"), (.draftDecision, "决定草案"), (.annex, "附件")]
        p.frameOrdinals = numerals
        p.frameOrdinalNeedsSpace = false
        p.assemblyIntros = ["大会，", "大会,"]
        p.voteLabels = [(.favour, "赞成"), (.against, "反对"), (.abstain, "弃权")]
        p.tallyPatterns = [#"以\s*(\d+)\s*票\s*对\s*(\d+)\s*票\s*[、,]?\s*(\d+)\s*票\s*弃权"#]
        p.withoutVotePhrases = ["未经表决"]
        p.titleKeywords = [("session", "届会议"), ("agenda", "议程项目"), ("report", "的报告"), ("rapporteur", "报告员")]
        p.listSeparators = ["、", ","]
        p.finalConjunctions = ["和", "及"]
        p.sponsorKeywords = ["的名义", "提案国"]
        p.tallyKeywords = ["票"]
        return p
    }()
}
