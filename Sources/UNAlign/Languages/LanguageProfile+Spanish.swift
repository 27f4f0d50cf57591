extension LanguageProfile {
    static let spanish: LanguageProfile = {
        var p = LanguageProfile(language: .es)
        p.frameHeadings = [(.draftResolution, "Proyecto de resolución"), (.draftDecision, "Proyecto de decisión"), (.annex, "Anexo")]
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
        p.stemEndings = ["s", "es", "a", "as", "o", "os"]
        p.bareWordIsAStem = true
        p.englishLexicon = "lexicon-es-en.tsv"  // FreeDict
        p.detectionWords = ["el", "los", "las", "y", "del", "por"]
        // The openers of the UN's preambular paragraphs, feminine for the Asamblea, masculine for the Consejo de Seguridad.
        p.preambularOpeners = ["Acogiendo", "Actuando", "Advirtiendo", "Afirmando", "Alarmada", "Alarmado", "Alentada", "Alentado",
                               "Consciente", "Considerando", "Convencida", "Convencido", "Declarando", "Decidida", "Decidido", "Deplorando",
                               "Deseosa", "Deseoso", "Destacando", "Encomiando", "Expresando", "Gravemente", "Guiada", "Guiado", "Habiendo",
                               "Haciendo", "Insistiendo", "Lamentando", "Observando", "Persuadida", "Persuadido", "Poniendo", "Preocupada",
                               "Preocupado", "Profundamente", "Reafirmando", "Recordando", "Reconociendo", "Reiterando", "Resaltando",
                               "Resuelta", "Resuelto", "Seriamente", "Señalando", "Subrayando", "Sumamente", "Teniendo", "Tomando",
                               "Estimando", "Apreciando"]
        // Older compilations (`en votación registrada de 120 votos contra 3 y 40 abstenciones`), and counts in words
        // (`contra ninguno y ninguna abstención`): words go through countWords.
        p.tallyPatterns.append(#"(?:por|de)\s+(\d+|\w+)\s+votos?\s+contra\s+(\d+|\w+)\s*,?\s*y\s+(\d+|\w+)\s+abstencion(?:es)?"#)

        // Kinds of document (document-kinds.md)
        p.paragraphsMayStartLowercase = false
        p.resolutionIntros = ["La Asamblea General,", "El Consejo de Seguridad,", "El Consejo Económico y Social,", "El Consejo de Derechos Humanos,"]
        // Security Council: "Resolución 2719 (2023)" then "Aprobada por el Consejo de Seguridad en su 9518ª sesión, celebrada el …".
        p.adoptionHeadings = ["Resolución aprobada por la Asamblea General", "Resolución aprobada por el Consejo Económico y Social",
                              "Resolución aprobada por el Consejo de Derechos Humanos", "Decisión aprobada por la Asamblea General",
                              "Aprobada por el Consejo de Seguridad"]
        // `51ª sesión plenaria` (`ª` folds to `a`; also `51.ª`), the date possibly on the same line; Human Rights Council: `45ª sesión`.
        p.closingLinePatterns = [#"^\d+\.?\s*[ao]?\.?\s+sesion(?:\s+plenaria)?\.?(?:\s*,?\s*\d{1,2}\s+de\s+\w+\s+de\s+\d{4})?$"#]
        p.divisionHeadings = [(.preamble, "Preámbulo"), (.part, "Parte {n}"), (.chapter, "Capítulo {n}"), (.section, "Sección {n}"),
                              (.article, "Artículo {n}")]
        // `Artículo primero`, `Parte primera`; `primer`/`tercer` are the forms before a noun.
        p.ordinalWords = [["primero", "primera", "primer"], ["segundo", "segunda"], ["tercero", "tercera", "tercer"], ["cuarto", "cuarta"],
                          ["quinto", "quinta"], ["sexto", "sexta"], ["séptimo", "séptima", "sétimo", "sétima"], ["octavo", "octava"],
                          ["noveno", "novena"], ["décimo", "décima"], ["undécimo", "undécima", "decimoprimero", "decimoprimera"],
                          ["duodécimo", "duodécima", "decimosegundo", "decimosegunda"], ["decimotercero", "decimotercera", "decimotercer"],
                          ["decimocuarto", "decimocuarta"], ["decimoquinto", "decimoquinta"], ["decimosexto", "decimosexta"],
                          ["decimoséptimo", "decimoséptima"], ["decimoctavo", "decimoctava"], ["decimonoveno", "decimonovena"],
                          ["vigésimo", "vigésima"]]
        p.presidingOfficers = ["El Presidente interino", "La Presidenta interina", "El Presidente", "La Presidenta",
                               "El Vicepresidente", "La Vicepresidenta"]
        // Spanish records put the article before the honorific: `El Sr. Name (País):`; the bare forms are kept too.
        p.honorifics = ["El Sr.", "La Sra.", "La Srta.", "Sr.", "Sra.", "Srta.", "Sir", "Dame", "Lord", "El Príncipe", "La Princesa",
                        "El Rey", "La Reina", "El Jeque", "Jeque", "El Cardenal", "El Arzobispo", "Monseñor"]
        p.honorificsFollowName = false
        // `(habla en inglés)`, `(habla en árabe; texto en inglés proporcionado por la delegación)`; older: `(interpretación del inglés)`.
        p.interpretationNotePatterns = [#"^\(habla en \w+(?:\s*;[^)]*)?\)$"#, #"^\(interpretacion del? \w+\)$"#]
        p.meetingOpenings = ["Se abre la sesión"]
        p.meetingClosings = ["Se levanta la sesión"]
        p.letterTitleWords = ["Carta de fecha", "Cartas idénticas de fecha", "Nota verbal de fecha"]
        p.signatureMarks = ["(Firmado)", "(Firmada)"]
        p.reportTitleWords = ["Informe del Secretario General", "Nota del Secretario General", "Informe de la", "Informe del",
                              "Informe anual", "Informe sobre la marcha"]
        p.contentsHeadings = ["Índice"]
        p.summaryHeadings = ["Resumen"]
        p.tableCaptions = ["Cuadro"]
        // `núm. de venta` is "Sales No.".
        p.numberTakingWords = ["párrafo", "párrafos", "párr.", "párrs.", "apartado", "apartados", "resolución", "resoluciones",
                               "decisión", "decisiones", "artículo", "artículos", "art.", "núm.", "núms.", "No.", "n°", "nº",
                               "tema", "temas", "capítulo", "capítulos", "anexo", "vol.", "volumen", "página", "páginas", "pág.",
                               "págs.", "regla", "reglas", "principio", "principios", "objetivo", "objetivos", "meta", "metas",
                               "sección", "secciones", "parte", "unos", "unas", "alrededor de", "más de", "menos de", "que",
                               "a", "al", "y", "e", "o", "de", "del", "desde", "entre", "hasta", "en", "el", "la", "los", "las",
                               "por", "para", "con", "año", "años", "día", "días", "venta"] + p.monthNames.flatMap { $0 }
        p.countWords = [["ninguno", "ninguna", "cero"], ["uno", "una", "un"], ["dos"], ["tres"], ["cuatro"], ["cinco"], ["seis"],
                        ["siete"], ["ocho"], ["nueve"], ["diez"], ["once"], ["doce"], ["trece"], ["catorce"], ["quince"],
                        ["dieciséis"], ["diecisiete"], ["dieciocho"], ["diecinueve"], ["veinte"]]
        p.ordinalSuffixes = ["o", "a", "º", "ª"]
        p.quantityWords = ["a", "por"]
        return p
    }()
}
