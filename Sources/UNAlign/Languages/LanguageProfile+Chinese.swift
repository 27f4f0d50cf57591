extension LanguageProfile {
    static let chinese: LanguageProfile = {
        var p = LanguageProfile(language: .zh)
        p.usesIdeographicFullStops = true
        p.wordSegmentation = .dictionary
        p.nameTokens = .perHanCharacter
        p.latinWordsAreEnglish = true  // Latin words in Chinese text are English names and terms
        p.latinLettersAreCarriedOver = true
        p.englishLexicon = "lexicon-zh-en.tsv"  // CC-CEDICT
        p.collationLocale = "zh@collation=pinyin"
        p.listSeparators = ["、", ",", "，", "；", ";"]
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]
        p.sectionOrdinals = numerals
        p.headingTerminators = [".", "、"]
        p.paragraphNumberTerminators = [".", "、"]
        p.frameHeadings = [(.draftResolution, "决议草案"), (.draftDecision, "决定草案"), (.annex, "附件")]
        p.frameOrdinals = numerals
        p.frameOrdinalNeedsSpace = false
        p.paragraphNumberNeedsSpace = false
        p.phrasesEndTheirLine = true
        p.divisionHeadingsRunOn = true
        p.headingMarkerNeedsSpace = false
        p.voteLabels = [(.favour, "赞成"), (.against, "反对"), (.abstain, "弃权")]
        p.tallyPatterns = [#"以\s*(\d+)\s*票\s*对\s*(\d+)\s*票\s*[、,]?\s*(\d+)\s*票\s*弃权"#]
        p.withoutVotePhrases = ["未经表决"]
        p.titleKeywords = [("session", "届会议"), ("agenda", "议程项目"), ("report", "的报告"), ("rapporteur", "报告员")]
        p.finalConjunctions = ["和", "及"]
        p.sponsorKeywords = ["的名义", "提案国"]
        p.tallyKeywords = ["票"]
        p.numeralSuffixes = ["条", "款", "年", "月", "日"]
        p.afternoonPrefixes = ["下午"]
        // The openers of the UN's preambular paragraphs (`回顾`, `又回顾`, `深感关切地注意到`), as they start a line.
        p.preambularOpeners = ["回顾", "又回顾", "还回顾", "重申", "又重申", "还重申", "注意到", "又注意到", "还注意到", "表示注意到",
                               "深信", "又深信", "确信", "深感关切", "深为关切", "严重关切", "关切地注意到", "满意地注意到", "赞赏地注意到",
                               "意识到", "又意识到", "认识到", "又认识到", "还认识到", "考虑到", "又考虑到", "还考虑到", "强调", "又强调",
                               "还强调", "欢迎", "又欢迎", "还欢迎", "铭记", "又铭记", "还铭记", "表示", "决心", "申明", "又申明", "遵循",
                               "审议了", "确认", "又确认", "赞扬", "承认", "又承认", "鉴于", "忆及", "又忆及", "念及", "感到震惊",
                               "深感震惊", "希望", "认为", "又认为", "相信", "痛惜", "深感遗憾"]
        // Older compilations: `经记录表决，以120票赞成，3票反对，40票弃权通过` (`，` folds to `,`); a count may be written
        // in Chinese numerals or `无`, read through countWords.
        p.tallyPatterns.append(#"以\s*(\d+|[〇零一二三四五六七八九十百两]+)\s*票\s*赞成\s*[,、]?\s*(\d+|[〇零一二三四五六七八九十百两]+|无)\s*票?\s*反对\s*[,、]?\s*(\d+|[〇零一二三四五六七八九十百两]+|无)\s*票?\s*弃权"#)

        // Kinds of document (document-kinds.md)
        p.paragraphsMayStartLowercase = false  // no case
        p.resolutionIntros = ["大会", "安全理事会", "经济及社会理事会", "人权理事会"].flatMap { [$0 + "，", $0 + ","] }
        // The date comes first (`2025年11月26日大会通过的决议`; Security Council `2023年12月21日安全理事会第9518次会议通过`),
        // so for Chinese these are not prefixes: the matcher must look for them after a leading date, or anywhere in a
        // short line, as for meetingOpenings.
        p.adoptionHeadings = ["大会通过的决议", "经济及社会理事会通过的决议", "人权理事会通过的决议", "大会通过的决定", "次会议通过"]
        // `第51次全体会议`, the date possibly before it on the same line; Human Rights Council: `第45次会议`.
        p.closingLinePatterns = [#"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?第\s*(?:\d+|[〇零一二三四五六七八九十百]+)\s*次(?:全体)?会议[.。]?$"#]
        // The ordinal stands inside the word (`第一条`, `第二章`). Traditional forms (條, 節) are listed too, though fold
        // already simplifies them.
        p.divisionHeadings = [(.preamble, "序言"), (.part, "第{n}部分"), (.chapter, "第{n}章"), (.section, "第{n}节"), (.section, "第{n}節"),
                              (.article, "第{n}条"), (.article, "第{n}條")]
        p.ordinalWords = []  // Chinese numerals (一, 十二, 二十) are read by code
        p.presidingOfficers = ["代理主席", "副主席", "主席"]
        // After the name: `Name先生（国家）：`.
        p.honorifics = ["先生", "女士", "夫人", "小姐"]
        p.honorificsFollowName = true
        // `（以法语发言）`; full-width brackets fold to ASCII ones.
        p.interpretationNotePatterns = [#"^\(以\w+发言(?:\s*;[^)]*)?\)$"#]
        // The line is `上午10时开会。` / `下午1时散会。`: not a prefix; `phrasesEndTheirLine` has the matcher look for
        // these words anywhere in a short line.
        p.meetingOpenings = ["开会"]
        p.meetingClosings = ["散会"]
        // These end the title (`2025年3月12日…常驻联合国代表给秘书长的信`); a bare `的信` would also match `的信任`.
        p.letterTitleWords = ["给秘书长的信", "给安全理事会主席的信", "给大会主席的信", "同文信", "普通照会"]
        p.signatureMarks = ["（签名）", "(签名)"]
        p.reportTitleWords = ["秘书长的报告", "秘书长的说明", "的报告", "年度报告", "进度报告"]
        p.contentsHeadings = ["目录"]
        p.summaryHeadings = ["摘要"]
        p.tableCaptions = ["表"]
        // `第1至10段`; 年 and 月 stand before the month and day of a date.
        p.numberTakingWords = ["第", "段", "号", "条", "款", "至", "年", "月"]
        p.countWords = [["零", "〇", "无"], ["一"], ["二", "两"], ["三"], ["四"], ["五"], ["六"], ["七"], ["八"], ["九"], ["十"]]
        return p
    }()
}
