extension LanguageProfile {
    static let russian: LanguageProfile = {
        var p = LanguageProfile(language: .ru)
        p.latinLettersAreCarriedOver = true
        p.frameHeadings = [(.draftResolution, "Проект резолюции"), (.draftDecision, "Проект решения"), (.annex, "Приложение")]
        p.voteLabels = [(.favour, "Голосовали за"), (.against, "Голосовали против"), (.abstain, "Воздержались")]
        p.tallyPatterns = [#"(\d+)\s+голос\w*\s+против\s+(\d+)\s*,?\s*при\s+(\d+)\s+воздерж"#]
        p.withoutVotePhrases = ["без голосования"]
        p.titleKeywords = [("session", "сессия"), ("agenda", "повестки дня"), ("report", "доклад"), ("rapporteur", "докладчик")]
        p.finalConjunctions = ["и"]
        p.inflectionEndings = ["ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ых", "их", "ым", "им", "ов", "ев",
                               "ам", "ям", "ах", "ях", "ом", "ем", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий",
                               "а", "я", "ы", "и", "е", "о", "у", "ю", "ь", "й", "ии"]
        p.stemEndings = p.inflectionEndings
        p.englishLexicon = "lexicon-ru-en.tsv"  // FreeDict
        p.sponsorKeywords = ["от имени", "авторов"]
        p.monthNames = [["январь", "январе", "января"], ["февраль", "феврале", "февраля"], ["март", "марте", "марта"], ["апрель", "апреле", "апреля"], ["май", "мае", "мая"], ["июнь", "июне", "июня"],
                        ["июль", "июле", "июля"], ["август", "августе", "августа"], ["сентябрь", "сентябре", "сентября"], ["октябрь", "октябре", "октября"], ["ноябрь", "ноябре", "ноября"], ["декабрь", "декабре", "декабря"]]
        p.tallyKeywords = ["голос", "воздерж"]
        // The openers of the UN's preambular paragraphs, lower-case (`ссылаясь на`); `будучи` covers `будучи убеждена`
        // (Assembly) and `будучи убежден` (Security Council), `вновь` covers `вновь подтверждая`, `вновь заявляя`.
        p.preambularOpeners = ["ссылаясь", "вновь", "подтверждая", "отмечая", "принимая", "будучи", "сознавая", "осознавая", "учитывая",
                               "признавая", "подчеркивая", "приветствуя", "памятуя", "выражая", "руководствуясь", "рассмотрев",
                               "напоминая", "с удовлетворением", "с признательностью", "с обеспокоенностью", "с глубокой обеспокоенностью",
                               "с озабоченностью", "с глубокой озабоченностью", "с тревогой", "глубоко обеспокоенная", "глубоко обеспокоенный",
                               "серьезно обеспокоенная", "серьезно обеспокоенный", "преисполненная решимости", "преисполненный решимости",
                               "особо отмечая", "констатируя", "исходя", "желая", "считая", "полагая", "заявляя", "утверждая", "действуя",
                               "высоко оценивая", "отдавая должное", "сожалея", "осуждая", "решительно осуждая"]
        // Older compilations (`регистрируемым голосованием 120 голосами против 3 при 40 воздержавшихся`), and counts
        // in words (`против ни одного`, `при одном воздержавшемся`, `при отсутствии воздержавшихся` = 0): words go
        // through countWords. Look-alike tolerant, like every regular expression below (see `eitherScript`).
        p.tallyPatterns.append(eitherScript(#"(\d+|\w+)\s+голос\w*\s+против\s+(\d+|ни\s+одного|\w+)\s*,?\s*при\s+(\d+|\w+)\s+воздерж"#))

        // Kinds of document (document-kinds.md)
        // Preambular (`ссылаясь на`) and operative (`1. постановляет`) paragraphs start in lower case.
        p.paragraphsMayStartLowercase = true
        p.resolutionIntros = ["Генеральная Ассамблея,", "Совет Безопасности,", "Экономический и Социальный Совет,", "Совет по правам человека,"]
        // Security Council: "Резолюция 2719 (2023)" then "Принята Советом Безопасности на его 9518-м заседании …".
        p.adoptionHeadings = ["Резолюция, принятая Генеральной Ассамблеей", "Резолюция, принятая Экономическим и Социальным Советом",
                              "Резолюция, принятая Советом по правам человека", "Решение, принятое Генеральной Ассамблеей",
                              "Принята Советом Безопасности"]
        // `51-е пленарное заседание` (the hyphen may be a no-break one), the date possibly on the same line
        // (`26 ноября 2025 года`); Human Rights Council: `45-е заседание`.
        p.closingLinePatterns = [eitherScript(#"^\d+\s*[-‐–]?\s*е\s+(?:пленарное\s+)?заседание\.?(?:\s*,?\s*\d{1,2}\s+\w+\s+\d{4}(?:\s+года)?)?$"#)]
        p.divisionHeadings = [(.preamble, "Преамбула"), (.part, "Часть {n}"), (.chapter, "Глава {n}"), (.section, "Раздел {n}"),
                              (.article, "Статья {n}")]
        // Nominative masculine, feminine, neuter (`Часть первая`, `Раздел второй`); treaties mostly use Roman numerals.
        func ordinal(_ stem: String, _ masculine: String) -> [String] { [stem + masculine, stem + "ая", stem + "ое"] }
        p.ordinalWords = [ordinal("перв", "ый"), ordinal("втор", "ой"), ["третий", "третья", "третье"], ordinal("четвёрт", "ый"),
                          ordinal("пят", "ый"), ordinal("шест", "ой"), ordinal("седьм", "ой"), ordinal("восьм", "ой"),
                          ordinal("девят", "ый"), ordinal("десят", "ый"), ordinal("одиннадцат", "ый"), ordinal("двенадцат", "ый"),
                          ordinal("тринадцат", "ый"), ordinal("четырнадцат", "ый"), ordinal("пятнадцат", "ый"),
                          ordinal("шестнадцат", "ый"), ordinal("семнадцат", "ый"), ordinal("восемнадцат", "ый"),
                          ordinal("девятнадцат", "ый"), ordinal("двадцат", "ый")]
        p.presidingOfficers = ["Исполняющий обязанности Председателя", "Исполняющая обязанности Председателя",
                               "Заместитель Председателя", "Председатель"]
        // Also with the no-break hyphen U+2011 (NFKC makes it U+2010, which the plain hyphen does not fold to).
        p.honorifics = ["Г-н", "Г-жа", "Г\u{2011}н", "Г\u{2011}жа", "Сэр", "Дама", "Лорд", "Принц", "Принцесса", "Король", "Королева",
                        "Шейх", "Шейха", "Кардинал", "Архиепископ"]
        p.honorificsFollowName = false
        // `(говорит по-английски)`, with a no-break hyphen too; older records: `(перевод с английского)`.
        p.interpretationNotePatterns = [eitherScript(#"^\(говорит\s+по\s*[-‐]\s*\w+(?:\s*;[^)]*)?\)$"#),
                                        eitherScript(#"^\(перевод\s+с\s+\w+(?:\s+языка)?\)$"#)]
        p.meetingOpenings = ["Заседание открывается"]
        p.meetingClosings = ["Заседание закрывается"]
        // Russian titles start with the document word: "Письмо Постоянного представителя … от 12 марта 2025 года на имя
        // Генерального секретаря".
        p.letterTitleWords = ["Письмо", "Идентичные письма", "Вербальная нота"]
        p.signatureMarks = ["(Подпись)"]
        p.reportTitleWords = ["Доклад Генерального секретаря", "Записка Генерального секретаря", "Доклад", "Ежегодный доклад",
                              "Промежуточный доклад"]
        p.contentsHeadings = ["Содержание"]
        p.summaryHeadings = ["Резюме"]
        p.tableCaptions = ["Таблица"]
        // `№` folds to `no`; "Sales No." is `в продаже под №`.
        p.numberTakingWords = ["пункт", "пункта", "пункте", "пунктом", "пункты", "пунктов", "пунктах", "пунктам", "п.", "пп.",
                               "подпункт", "подпункта", "резолюция", "резолюции", "резолюций", "решение", "решения", "решении",
                               "статья", "статьи", "статье", "статей", "статьях", "№", "глава", "главы", "главе", "приложение",
                               "приложения", "приложении", "том", "т.", "стр.", "с.", "правило", "правила", "правил", "принцип",
                               "принципа", "цель", "цели", "задача", "задачи", "раздел", "раздела", "разделе", "разделы",
                               "часть", "части", "около", "более", "свыше", "менее", "чем", "до", "и", "или", "из", "от", "с",
                               "со", "между", "по", "в", "во", "на", "к", "за", "для", "год", "года", "году", "годах", "годы",
                               "лет", "день", "дня", "дней", "под"] + p.monthNames.flatMap { $0 }
        p.countWords = [["ни одного", "отсутствии", "ноль", "нуля", "нулем"], ["один", "одна", "одно", "одного", "одной", "одном", "одним"],
                        ["два", "две", "двух", "двумя"], ["три", "трёх", "тремя"], ["четыре", "четырёх", "четырьмя"], ["пять", "пяти", "пятью"],
                        ["шесть", "шести", "шестью"], ["семь", "семи", "семью"], ["восемь", "восьми", "восемью"],
                        ["девять", "девяти", "девятью"], ["десять", "десяти", "десятью"]]
        p.ordinalSuffixes = ["й", "я", "е", "го"]
        p.quantityWords = ["по", "процентов", "процента"]
        return p
    }()
}

/// Line matchers fold Cyrillic look-alikes to Latin (`LanguageProfile.fold`: `заседание` becomes `зaceдahиe`), the
/// tally reader does not: every look-alike letter of a Russian pattern is made to accept both (`о` → `[оo]`;
/// inside a bracket expression the Latin letter is added), so one pattern reads either folding.
fileprivate func eitherScript(_ pattern: String) -> String {
    var out = "", inClass = false, escaped = false
    for u in pattern.unicodeScalars {
        let c = String(u)
        if escaped { out += c; escaped = false; continue }
        if u == "\\" { out += c; escaped = true; continue }
        if u == "[" { inClass = true } else if u == "]" { inClass = false }
        if u.value <= 0xFFFF, let l = MatchText.lookalike[UInt16(u.value)], let latin = Unicode.Scalar(l) {
            out += inClass ? c + String(latin) : "[" + c + String(latin) + "]"
        } else {
            out += c
        }
    }
    return out
}
