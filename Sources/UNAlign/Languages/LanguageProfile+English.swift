extension LanguageProfile {
    static let english: LanguageProfile = {
        var p = LanguageProfile(language: .en)
        p.frameHeadings = [(.draftResolution, "Draft resolution"), (.draftDecision, "Draft decision"), (.annex, "Annex")]
        p.voteLabels = [(.favour, "In favour"), (.against, "Against"), (.abstain, "Abstaining"), (.abstain, "Abstentions")]
        p.tallyPatterns = [#"(?:recorded vote of|by)\s+(\d+)\s+(?:votes?\s+)?to\s+(\d+)\s*,?\s*(?:with|and)\s+(\d+)\s+abstentions?"#]
        p.withoutVotePhrases = ["without a vote"]
        p.titleKeywords = [("session", "session"), ("agenda", "agenda item"), ("agenda", "provisional agenda"), ("report", "report of"), ("rapporteur", "rapporteur")]
        p.finalConjunctions = ["and"]
        p.articles = ["the", "of"]
        p.sponsorKeywords = ["on behalf of", "sponsor"]
        p.monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map { [$0] }
        p.tallyKeywords = ["vote", "abstention"]
        p.monthNamesAlsoWords = ["May"]
        p.cognatePrefixLength = 5
        p.latinWordsAreEnglish = true
        p.usesEnglishStopwords = true
        p.detectionWords = ["the", "and", "of", "with", "by"]
        p.afternoonMarkers = ["p.m."]
        // The openers of the UN's preambular paragraphs (editorial practice), as they start a line.
        p.preambularOpeners = ["Acknowledging", "Affirming", "Alarmed", "Appreciating", "Aware", "Bearing in mind", "Believing",
                               "Cognizant", "Commending", "Concerned", "Conscious", "Considering", "Convinced", "Declaring", "Deeply",
                               "Deploring", "Desiring", "Desirous", "Determined", "Emphasizing", "Encouraged", "Endorsing", "Expressing",
                               "Fully", "Further", "Gravely", "Guided", "Having", "Highlighting", "Keeping in mind", "Mindful", "Noting",
                               "Observing", "Reaffirming", "Realizing", "Recalling", "Recognizing", "Referring", "Regretting",
                               "Reiterating", "Re-emphasizing", "Reemphasizing", "Seeking", "Stressing", "Strongly", "Taking",
                               "Underlining", "Underscoring", "Welcoming", "Whereas", "Acknowledging", "Encouraging", "Urging",
                               "Emphasising", "Recognising", "Also", "Noting with", "Profoundly", "Seriously", "Greatly", "Wishing"]
        // Older compilations (`by a recorded vote of 120 to 3, with 40 abstentions`), and counts in words
        // (`by 150 votes to none, with no abstentions`): words go through countWords.
        p.tallyPatterns.append(#"(?:recorded vote of|by)\s+(\d+|\w+)\s+(?:votes?\s+)?to\s+(\d+|\w+)\s*,?\s*(?:with|and)\s+(\d+|\w+)\s+abstentions?"#)

        // Kinds of document (document-kinds.md)
        p.paragraphsMayStartLowercase = false
        p.resolutionIntros = ["The General Assembly,", "The Security Council,", "The Economic and Social Council,", "The Human Rights Council,"]
        // A Security Council resolution has no "Resolution adopted by" line: "Resolution 2719 (2023)" is
        // followed by "Adopted by the Security Council at its 9518th meeting, on …".
        p.adoptionHeadings = ["Resolution adopted by the General Assembly", "Resolution adopted by the Economic and Social Council",
                              "Resolution adopted by the Human Rights Council", "Decision adopted by the General Assembly",
                              "Adopted by the Security Council"]
        // `51st plenary meeting`, the date possibly joined on the same line; Human Rights Council: `45th meeting`.
        p.closingLinePatterns = [#"^\d+\s*(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\.?(?:\s*,?\s*\d{1,2}\s+\w+\s+\d{4})?$"#]
        p.divisionHeadings = [(.preamble, "Preamble"), (.part, "Part {n}"), (.chapter, "Chapter {n}"), (.section, "Section {n}"), (.article, "Article {n}")]
        // Each entry also holds the cardinal, for headings such as "Part One".
        p.ordinalWords = [["First", "One"], ["Second", "Two"], ["Third", "Three"], ["Fourth", "Four"], ["Fifth", "Five"],
                          ["Sixth", "Six"], ["Seventh", "Seven"], ["Eighth", "Eight"], ["Ninth", "Nine"], ["Tenth", "Ten"],
                          ["Eleventh", "Eleven"], ["Twelfth", "Twelve"], ["Thirteenth", "Thirteen"], ["Fourteenth", "Fourteen"],
                          ["Fifteenth", "Fifteen"], ["Sixteenth", "Sixteen"], ["Seventeenth", "Seventeen"], ["Eighteenth", "Eighteen"],
                          ["Nineteenth", "Nineteen"], ["Twentieth", "Twenty"]]
        // Verbatim records say "The President"; summary records "The Chair" (older: "The Chairman", "The Chairperson").
        p.presidingOfficers = ["The Acting President", "The President", "The Vice-President", "The Acting Chair",
                               "The Chair", "The Chairman", "The Chairperson"]
        p.honorifics = ["Mr.", "Ms.", "Mrs.", "Miss", "Dr.", "Sir", "Dame", "Lord", "Archbishop", "Prince", "Princess",
                        "King", "Queen", "Sheikh", "Sheikha", "Cardinal"]
        p.honorificsFollowName = false
        // `(spoke in French)`, `(spoke in Arabic; English text provided by the delegation)`; older records:
        // `(interpretation from French)`.
        p.interpretationNotePatterns = [#"^\(spoke in \w+(?:\s*;[^)]*)?\)$"#, #"^\(interpretation from \w+\)$"#]
        p.meetingOpenings = ["The meeting was called to order"]
        p.meetingClosings = ["The meeting rose"]
        p.letterTitleWords = ["Letter dated", "Identical letters dated", "Note verbale dated"]
        p.signatureMarks = ["(Signed)"]
        p.reportTitleWords = ["Report of the Secretary-General", "Note by the Secretary-General", "Report of the",
                              "Annual report", "Progress report"]
        p.contentsHeadings = ["Contents"]
        p.summaryHeadings = ["Summary"]
        p.tableCaptions = ["Table"]
        p.numberTakingWords = ["paragraph", "paragraphs", "para.", "paras.", "subparagraph", "resolution", "resolutions",
                               "decision", "decisions", "article", "articles", "No.", "Nos.", "item", "items", "chapter",
                               "chapters", "annex", "vol.", "volume", "page", "pages", "p.", "pp.", "rule", "rules",
                               "principle", "principles", "goal", "goals", "target", "targets", "section", "sections",
                               "part", "about", "some", "over", "than", "to", "and", "or", "of", "from", "between",
                               "until", "since", "in", "on", "by", "at", "for", "with", "year", "years", "day", "days",
                               "per", "Sales"] + p.monthNames.flatMap { $0 }
        p.countWords = [["none", "no", "zero", "nil"], ["one"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"],
                        ["eight"], ["nine"], ["ten"], ["eleven"], ["twelve"], ["thirteen"], ["fourteen"], ["fifteen"],
                        ["sixteen"], ["seventeen"], ["eighteen"], ["nineteen"], ["twenty"]]
        p.ordinalSuffixes = ["st", "nd", "rd", "th"]
        p.quantityWords = ["to", "per", "percent"]
        return p
    }()
}
