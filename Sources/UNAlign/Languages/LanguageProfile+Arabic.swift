extension LanguageProfile {
    static let arabic: LanguageProfile = {
        var p = LanguageProfile(language: .ar)
        p.collationIgnoredPrefixes = ["ال"]
        p.sectionOrdinals = ["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا",
                             "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر"]
        p.subsectionLetters = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم", "نون"]
        p.headingTerminators = ["-", "–", "."]
        p.paragraphNumberTerminators = ["-", "–"]
        // Abjad order, as UN Arabic letters sub-paragraphs.
        p.listLetters = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن"]
        p.frameHeadings = [(.draftResolution, "مشروع القرار"), (.draftDecision, "مشروع المقرر"), (.annex, "المرفق")]
        p.frameOrdinals = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
        p.assemblyIntros = ["إن الجمعية العامة،", "إن الجمعية العامة,"]
        p.voteLabels = [(.favour, "المؤيدون"), (.against, "المعارضون"), (.abstain, "الممتنعون عن التصويت"), (.abstain, "الممتنعون")]
        p.tallyPatterns = [#"(\d+)\s+(?:صوتا|صوت|اصوات)\s+مقابل\s+(\d+)\s*[،,]?\s*و?\s*امتناع\s+(\d+)"#]
        p.withoutVotePhrases = ["دون تصويت", "دون ان تطرحه للتصويت", "دون ان تطرحه على التصويت", "بدون تصويت"]
        p.titleKeywords = [("session", "الدورة"), ("agenda", "من جدول الاعمال"), ("report", "تقرير"), ("rapporteur", "المقرر")]
        p.listSeparators = ["،", ","]
        p.itemPrefix = "و"
        p.sponsorKeywords = ["باسم", "مقدمي"]
        // The UN writes both calendars' names: "تشرين الثاني/نوفمبر"; either names the month.
        p.monthNames = [["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "نيسان"], ["مايو", "أيار"], ["يونيه", "يونيو", "حزيران"],
                        ["يوليه", "يوليو", "تموز"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"], ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"]]
        p.spellsOutOrdinals = true
        p.tallyKeywords = ["مقابل", "امتناع"]
        return p
    }()
}
