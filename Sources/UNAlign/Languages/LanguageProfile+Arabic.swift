extension LanguageProfile {
    static let arabic: LanguageProfile = {
        var p = LanguageProfile(language: .ar)
        p.rightToLeft = true
        p.latinLettersAreCarriedOver = true
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
        p.voteLabels = [(.favour, "المؤيدون"), (.against, "المعارضون"), (.abstain, "الممتنعون عن التصويت"), (.abstain, "الممتنعون")]
        p.tallyPatterns = [#"(\d+)\s+(?:صوتا|صوت|اصوات)\s+مقابل\s+(\d+)\s*[،,]?\s*(?:و|مع\s+)?\s*امتناع\s+(\d+)"#]
        p.withoutVotePhrases = ["دون تصويت", "دون ان تطرحه للتصويت", "دون ان تطرحه على التصويت", "بدون تصويت"]
        p.titleKeywords = [("session", "الدورة"), ("agenda", "من جدول الاعمال"), ("report", "تقرير"), ("rapporteur", "المقرر")]
        p.listSeparators = ["،", ",", "؛", ";"]
        p.itemPrefix = "و"
        // The fused conjunctions, prepositions and article (`والدول`, `بالقرار`, `للجنة`), and the
        // commonest endings: feminine, plurals and duals, the relative adjective, pronouns. Roots
        // have three letters: `دول` is a stem.
        p.stemPrefixes = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"]
        p.stemEndings = ["ات", "ين", "ون", "ان", "ية", "ها", "هم", "كم", "نا", "ة", "ه", "ي"]
        p.minimumStemLength = 3
        p.bareWordIsAStem = true
        p.englishLexicon = "lexicon-ar-en.tsv"  // FreeDict
        p.sponsorKeywords = ["باسم", "مقدمي"]
        // The UN writes both calendars' names: "تشرين الثاني/نوفمبر"; either names the month.
        p.monthNames = [["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "نيسان"], ["مايو", "أيار"], ["يونيه", "يونيو", "حزيران"],
                        ["يوليه", "يوليو", "تموز"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"], ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"]]
        p.spellsOutOrdinals = true
        p.tallyKeywords = ["مقابل", "امتناع"]
        // The openers of the UN's preambular paragraphs: إذ / وإذ and a verb, feminine for the Assembly (`وإذ تشير`),
        // masculine for the Security Council (`وإذ يشير`), or a masdar with منها / منه (`واقتناعا منها`).
        let verbs = ["تشير", "تؤكد", "تعيد تأكيد", "تلاحظ", "تحيط علما", "تسلم", "تدرك", "تضع في اعتبارها", "تضع في الاعتبار", "ترحب",
                     "تعرب", "يساورها", "تشدد", "تأخذ", "تقر", "تستذكر", "تعترف", "تشيد", "تؤمن", "تأسف", "يقلقها",
                     "يشير", "يؤكد", "يعيد تأكيد", "يلاحظ", "يحيط علما", "يسلم", "يدرك", "يضع في اعتباره", "يرحب", "يعرب",
                     "يساوره", "يشدد", "يأخذ", "يقر", "يستذكر", "يعترف", "يشيد", "يؤمن", "يأسف", "يقلقه"]
        let masdars = ["اقتناعا", "تصميما", "إدراكا", "تسليما", "اعترافا", "رغبة", "إيمانا", "وعيا", "اعتقادا"]
        p.preambularOpeners = verbs.flatMap { ["إذ " + $0, "وإذ " + $0] }
            + masdars.flatMap { ["\($0) منها", "و\($0) منها", "\($0) منه", "و\($0) منه"] }
            + ["وقد نظرت", "وقد نظر"]
        // Older compilations (`بتصويت مسجل بأغلبية 120 مقابل 3 وامتناع 40 عن التصويت`: no noun after the counts, or
        // `3 أصوات` after the second), and counts in words (`مقابل لا شيء`, `مقابل صوت واحد`; `شئ` folds to `شي`).
        p.tallyPatterns.append(#"باغلبية\s+(\d+|\S+)\s+(?:(?:صوتا|صوت|اصوات)\s+)?مقابل\s+(\d+|لا\s+شيء?|لا\s+احد|صوت\s+واحد|صوتين|\S+)(?:\s+(?:صوتا|صوت|اصوات))?\s*[،,]?\s*(?:و|مع\s+)?\s*امتناع\s+(\d+|عضو\s+واحد|عضوين|\S+)"#)

        // Kinds of document (document-kinds.md)
        p.paragraphsMayStartLowercase = false  // no case
        p.resolutionIntros = ["إن الجمعية العامة", "إن مجلس الأمن", "إن المجلس الاقتصادي والاجتماعي", "إن مجلس حقوق الإنسان"]
            .flatMap { [$0 + "،", $0 + ","] }
        // Security Council: "القرار 2719 (2023)" then "اتخذه مجلس الأمن في جلسته 9518، المعقودة في …".
        p.adoptionHeadings = ["قرار اتخذته الجمعية العامة", "قرار اتخذه المجلس الاقتصادي والاجتماعي", "قرار اتخذه مجلس حقوق الإنسان",
                              "مقرر اتخذته الجمعية العامة", "اتخذه مجلس الأمن"]
        // `الجلسة العامة 51`, the date possibly on the same line (`26 تشرين الثاني/نوفمبر 2025`), or the ordinal in words
        // (`الجلسة العامة الحادية والخمسون`); Human Rights Council: `الجلسة 45`.
        p.closingLinePatterns = [#"^الجلسة(?:\s+العامة)?\s+\d+\.?(?:\s*[،,]?\s*\d{1,2}\s+\S+(?:\s+\S+)?\s+\d{4})?$"#,
                                 #"^الجلسة(?:\s+العامة)?\s+ال\S+(?:\s+(?:و\S+|عشرة?))?$"#]
        // `الباب` is the Part of some treaties (Rome Statute).
        p.divisionHeadings = [(.preamble, "الديباجة"), (.part, "الجزء {n}"), (.part, "الباب {n}"), (.chapter, "الفصل {n}"),
                              (.section, "الفرع {n}"), (.article, "المادة {n}")]
        // 1 to 99: masculine (`الفصل الأول`), feminine (`المادة الأولى`), adverbial (`أولا`) for 1–10 and 11–19 without
        // the article (`حادي عشر`); from 20 on, nominative and oblique (`العشرون`, `العشرين`), the unit first in
        // compounds (`الحادي والعشرون`, `الحادية والعشرين`).
        let masculine = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
        let feminine = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
        let adverbs = ["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"]
        let unitM: [String] = ["الحادي"] + masculine[1..<9], unitF: [String] = ["الحادية"] + feminine[1..<9]
        let tens = [("العشرون", "العشرين"), ("الثلاثون", "الثلاثين"), ("الأربعون", "الأربعين"), ("الخمسون", "الخمسين"),
                    ("الستون", "الستين"), ("السبعون", "السبعين"), ("الثمانون", "الثمانين"), ("التسعون", "التسعين")]
        var ordinals: [[String]] = (0..<10).map { [masculine[$0], feminine[$0], adverbs[$0]] }
        ordinals += (0..<9).map { (u: Int) -> [String] in [unitM[u] + " عشر", unitF[u] + " عشرة", String(unitM[u].dropFirst(2)) + " عشر"] }
        for (nominative, oblique) in tens {
            ordinals.append([nominative, oblique])
            ordinals += (0..<9).map { (u: Int) -> [String] in [nominative, oblique].flatMap { (t: String) -> [String] in [unitM[u] + " و" + t, unitF[u] + " و" + t] } }
        }
        p.ordinalWords = ordinals
        p.presidingOfficers = ["الرئيس بالنيابة", "الرئيسة بالنيابة", "نائب الرئيس", "نائبة الرئيس", "الرئيسة", "الرئيس"]
        p.honorifics = ["السيدة", "السيد", "الآنسة", "السير", "اللورد", "الدكتورة", "الدكتور", "الشيخة", "الشيخ", "الأميرة", "الأمير",
                        "الملكة", "الملك", "الكاردينال", "رئيس الأساقفة"]
        p.honorificsFollowName = false
        // `(تكلم بالفرنسية)`, `(تكلمت بالإنكليزية)`, `(تكلم باللغة العربية؛ …)`.
        p.interpretationNotePatterns = [#"^\(تكلمت?\s+ب\S+(?:\s+\S+)?(?:\s*[;؛][^)]*)?\)$"#]
        p.meetingOpenings = ["افتتحت الجلسة"]
        p.meetingClosings = ["رفعت الجلسة"]
        p.letterTitleWords = ["رسالة مؤرخة", "رسالتان متطابقتان مؤرختان", "مذكرة شفوية مؤرخة"]
        p.letterAnnexWords = ["مرفق"]  // "مرفق الرسالة المؤرخة …", the annex of a letter (no article)
        p.signatureMarks = ["(توقيع)"]
        p.reportTitleWords = ["تقرير الأمين العام", "مذكرة من الأمين العام", "تقرير", "التقرير السنوي", "التقرير المرحلي"]
        p.contentsHeadings = ["المحتويات"]
        p.summaryHeadings = ["موجز"]
        p.tableCaptions = ["الجدول"]
        // With the fused prefixes `و`, `ب`, `ل` for the commonest (`للفقرة`, `والقرار`); `رقم المبيع` is "Sales No.".
        p.numberTakingWords = ["الفقرة", "الفقرتين", "الفقرتان", "الفقرات", "فقرة", "للفقرة", "والفقرة", "بالفقرة", "الفقرة الفرعية",
                               "القرار", "القرارين", "القرارات", "للقرار", "والقرار", "بالقرار", "المقرر", "المقررات", "المادة",
                               "المادتين", "المواد", "للمادة", "رقم", "البند", "البندين", "البنود", "الفصل", "المرفق", "المجلد",
                               "الصفحة", "الصفحتين", "الصفحات", "ص", "القاعدة", "القواعد", "المبدأ", "الهدف", "الأهداف", "الغاية",
                               "الغايات", "الفرع", "الجزء", "نحو", "حوالي", "زهاء", "قرابة", "أكثر من", "أقل من", "من", "إلى", "و",
                               "أو", "بين", "حتى", "منذ", "في", "على", "عن", "مع", "عام", "العام", "لعام", "سنة", "سنوات", "يوم",
                               "أيام", "لكل", "المبيع"] + p.monthNames.flatMap { $0 }
        p.countWords = [["لا شيء", "لا شئ", "لا أحد", "صفر"], ["واحد", "واحدة", "صوت واحد", "صوتا واحدا", "عضو واحد"],
                        ["اثنان", "اثنين", "صوتان", "صوتين", "عضوين"], ["ثلاثة", "ثلاث"], ["أربعة", "أربع"], ["خمسة", "خمس"],
                        ["ستة", "ست"], ["سبعة", "سبع"], ["ثمانية", "ثماني", "ثمان"], ["تسعة", "تسع"], ["عشرة", "عشر"]]
        return p
    }()
}
