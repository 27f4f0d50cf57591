extension LanguageProfile {
    static let french: LanguageProfile = {
        var p = LanguageProfile(language: .fr)
        p.frameHeadings = [(.draftResolution, "Projet de résolution"), (.draftDecision, "Projet de décision"), (.annex, "Annexe")]
        p.voteLabels = [(.favour, "Ont voté pour"), (.against, "Ont voté contre"), (.abstain, "Se sont abstenus"), (.abstain, "Abstentions")]
        p.tallyPatterns = [#"par\s+(\d+)\s+voix\s+contre\s+(\d+)\s*,?\s*(?:avec|et)\s+(\d+)\s+abstentions?"#]
        p.withoutVotePhrases = ["sans vote", "sans le mettre aux voix", "sans la mettre aux voix"]
        p.titleKeywords = [("session", "session"), ("agenda", "ordre du jour"), ("report", "rapport d"), ("rapporteur", "rapporteu")]
        p.finalConjunctions = ["et"]
        p.articles = ["le", "la", "les", "l", "de", "du", "des", "d"]
        p.sponsorKeywords = ["au nom de", "auteurs"]
        p.monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"].map { [$0] }
        p.tallyKeywords = ["voix", "abstention"]
        p.cognatePrefixLength = 5
        p.stemEndings = ["s", "x", "e", "es", "aux"]
        p.bareWordIsAStem = true
        p.englishLexicon = "lexicon-fr-en.tsv"  // FreeDict
        p.detectionWords = ["le", "la", "les", "des", "et", "du"]
        // The openers of the UN's preambular paragraphs, feminine for the Assembly, masculine for the Security Council.
        p.preambularOpeners = ["Accueillant", "Affirmant", "Agissant", "Alarmée", "Alarmé", "Appréciant", "Ayant", "Consciente", "Conscient",
                               "Considérant", "Constatant", "Convaincue", "Convaincu", "Déclarant", "Décidée", "Décidé", "Déplorant",
                               "Désireuse", "Désireux", "Déterminée", "Déterminé", "Encouragée", "Encouragé", "Estimant", "Exprimant",
                               "Gravement", "Guidée", "Guidé", "Inquiète", "Inquiet", "Insistant", "Mettant", "Notant", "Observant",
                               "Persuadée", "Persuadé", "Préoccupée", "Préoccupé", "Prenant", "Profondément", "Rappelant", "Réaffirmant",
                               "Reconnaissant", "Regrettant", "Réitérant", "Rendant hommage", "Résolue", "Résolu", "Sachant", "Saluant",
                               "Se déclarant", "Se félicitant", "Sérieusement", "Soucieuse", "Soucieux", "Soulignant", "Souhaitant",
                               "Tenant", "Vivement", "Extrêmement"]
        // Older compilations (`à l'issue d'un vote enregistré, par 120 voix contre 3, avec 40 abstentions`), and
        // counts in words (`contre une`, `contre zéro`, `avec une abstention`): words go through countWords.
        p.tallyPatterns.append(#"par\s+(\d+|[\w-]+)\s+voix\s+contre\s+(\d+|[\w-]+)\s*,?\s*(?:avec|et)\s+(\d+|[\w-]+)\s+abstentions?"#)

        // Kinds of document (document-kinds.md)
        p.paragraphsMayStartLowercase = false
        p.resolutionIntros = ["L'Assemblée générale,", "L’Assemblée générale,", "Le Conseil de sécurité,", "Le Conseil économique et social,",
                              "Le Conseil des droits de l'homme,", "Le Conseil des droits de l’homme,"]
        // Security Council: "Résolution 2719 (2023)" then "Adoptée par le Conseil de sécurité à sa 9518e séance, le …".
        p.adoptionHeadings = ["Résolution adoptée par l'Assemblée générale", "Résolution adoptée par l’Assemblée générale",
                              "Résolution adoptée par le Conseil économique et social",
                              "Résolution adoptée par le Conseil des droits de l'homme", "Résolution adoptée par le Conseil des droits de l’homme",
                              "Décision adoptée par l'Assemblée générale", "Décision adoptée par l’Assemblée générale",
                              "Adoptée par le Conseil de sécurité"]
        // `51e séance plénière` (`1re`, older `51ème`; a superscript `ᵉ` folds to `e`), the date possibly on the same line;
        // Human Rights Council: `45e séance`.
        p.closingLinePatterns = [#"^\d+\s*(?:e|eme|re|ere|er)\s+seance(?:\s+pleniere)?\.?(?:\s*,?\s*(?:le\s+)?(?:1er|\d{1,2})\s+\w+\s+\d{4})?$"#]
        p.divisionHeadings = [(.preamble, "Préambule"), (.part, "{n} partie"), (.part, "Partie {n}"), (.chapter, "Chapitre {n}"),
                              (.section, "Section {n}"), (.article, "Article {n}")]
        // `Première partie`, `Chapitre premier`, `Article premier`; abbreviated `1re partie`, `2e partie`.
        let ordinals: [[String]] = [["premier", "première", "1er", "1re"], ["deuxième", "second", "seconde"], ["troisième"], ["quatrième"],
                                    ["cinquième"], ["sixième"], ["septième"], ["huitième"], ["neuvième"], ["dixième"], ["onzième"],
                                    ["douzième"], ["treizième"], ["quatorzième"], ["quinzième"], ["seizième"], ["dix-septième"],
                                    ["dix-huitième"], ["dix-neuvième"], ["vingtième"]]
        p.ordinalWords = ordinals.enumerated().map { $0.offset == 0 ? $0.element : $0.element + ["\($0.offset + 1)e"] }
        p.presidingOfficers = ["Le Président par intérim", "La Présidente par intérim", "Le Président", "La Présidente",
                               "Le Vice-Président", "La Vice-Présidente"]
        p.honorifics = ["M.", "Mme", "Mlle", "Mgr", "Sir", "Dame", "Lord", "Prince", "Princesse", "Roi", "Reine", "Cheikh", "Cheikha",
                        "Cardinal", "Archevêque"]
        p.honorificsFollowName = false
        // `(parle en anglais)`, `(parle en arabe; texte anglais fourni par la délégation)`; older: `(interprétation de l'anglais)`.
        p.interpretationNotePatterns = [#"^\(parle en \w+(?:\s*;[^)]*)?\)$"#, #"^\(interpretation (?:de l['’]|de la |du |de )?\w+\)$"#]
        p.meetingOpenings = ["La séance est ouverte"]
        p.meetingClosings = ["La séance est levée"]
        p.letterTitleWords = ["Lettre datée du", "Lettres identiques datées du", "Note verbale datée du"]
        p.signatureMarks = ["(Signé)"]
        p.reportTitleWords = ["Rapport du Secrétaire général", "Note du Secrétaire général", "Rapport de la", "Rapport du",
                              "Rapport de l'", "Rapport de l’", "Rapport annuel", "Rapport intérimaire"]
        p.contentsHeadings = ["Table des matières"]
        p.summaryHeadings = ["Résumé"]
        p.tableCaptions = ["Tableau"]
        // `no` is the folded `nº`; `numéro de vente` is "Sales No.".
        p.numberTakingWords = ["paragraphe", "paragraphes", "par.", "alinéa", "alinéas", "résolution", "résolutions", "décision",
                               "décisions", "article", "articles", "no", "nos", "n°", "numéro", "point", "points", "chapitre",
                               "chapitres", "annexe", "vol.", "volume", "page", "pages", "p.", "règle", "règles", "principe",
                               "principes", "objectif", "objectifs", "cible", "cibles", "section", "sections", "partie",
                               "environ", "quelque", "plus de", "moins de", "que", "à", "au", "aux", "et", "ou", "de", "du",
                               "des", "d'", "entre", "jusqu'à", "jusqu’à", "depuis", "en", "le", "la", "les", "l'", "sur",
                               "par", "pour", "avec", "an", "ans", "année", "années", "jour", "jours", "vente"] + p.monthNames.flatMap { $0 }
        p.countWords = [["aucune", "aucun", "zéro"], ["une", "un"], ["deux"], ["trois"], ["quatre"], ["cinq"], ["six"], ["sept"],
                        ["huit"], ["neuf"], ["dix"], ["onze"], ["douze"], ["treize"], ["quatorze"], ["quinze"], ["seize"],
                        ["dix-sept"], ["dix-huit"], ["dix-neuf"], ["vingt"]]
        p.ordinalSuffixes = ["e", "er", "re", "eme", "ème", "ère"]
        p.quantityWords = ["à", "pour"]
        return p
    }()
}
