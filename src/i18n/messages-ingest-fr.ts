import type { ingestEn } from './messages-ingest-en';

/** Texte français de ce que rapporte l’ingestion : lignes rejetées, fichiers refusés, hypothèses, garde-fous. */
export const ingestFr: Record<keyof typeof ingestEn, string> = {
  'list.or': '{head} ou {last}',
  'ingest.where.line': 'ligne {line}',
  'ingest.where.lineColumn': 'ligne {line}, colonne « {column} »',
  'ingest.reject.empty': '{column} est vide',
  'ingest.reject.emptyValue': 'vide',
  'ingest.reject.noDateFormat': 'aucun format de date reconnu dans cette colonne',
  'ingest.reject.notWholeNumber': 'pas un nombre entier',
  'ingest.reject.notNumber': 'pas un nombre',
  'ingest.reject.notDate': 'pas une date au format {format}',
  'ingest.reject.noSuchDay': 'ce jour n’existe pas : {text}',
  'ingest.reject.twoDecimalSeparators': 'plus d’un séparateur décimal « {separator} »',
  'ingest.reject.misplacedThousands': 'séparateur de milliers mal placé « {separator} »',
  'ingest.reject.dotWhereComma': 'un « . » dans une colonne dont le séparateur décimal est « , »',
  'ingest.reject.commaWhereDot': 'une « , » dans une colonne dont le séparateur décimal est « . »',
  'ingest.reject.fieldCount': '{expected} champs attendus, {found} trouvés',
  'ingest.reject.fieldCountExtraData': '{expected} champs attendus, {found} trouvés (les champs en trop contiennent des données)',
  'ingest.reject.invalidUtf8': 'octets UTF-8 invalides sur cette ligne (le reste du fichier est en UTF-8) : corrigez-la ou réexportez le fichier',
  'ingest.reject.recordTooLong': 'un enregistrement de {chars} caractères (limite : 1 000 000) : un guillemet jamais fermé, ou pas un fichier CSV',
  'ingest.reject.malformedQuotes': 'guillemets mal formés : un guillemet fermant est suivi d’autre chose que le séparateur',
  'ingest.reject.quoteUnterminated': 'guillemets mal formés : un champ entre guillemets n’est pas fermé',
  'ingest.reject.unclosedQuote':
    'un champ entre guillemets commencé ligne {line} n’est jamais fermé : tout le reste du fichier serait lu comme une seule valeur',
  'ingest.refuse.unclosedQuote':
    '{file}, ligne {line} : {problem}. Fermez le guillemet, ou choisissez « aucun » guillemet si les valeurs ne sont jamais entourées de guillemets.',
  'ingest.refuse.unknownEncoding':
    '{file}, ligne {line} : le texte n’est ni en UTF-8 ni en Windows-1252 (peut-être du Shift-JIS ou un autre encodage asiatique). Enregistrez le fichier en « CSV UTF-8 » et chargez-le à nouveau.',
  'ingest.refuse.binary': '{file} ressemble à un fichier binaire, pas à du texte. Exportez les données en CSV.',
  'ingest.refuse.headerOnly': '{file} a un en-tête mais aucune ligne de données. Vérifiez que c’est le bon fichier.',
  'ingest.refuse.headerOnlyBlank': '{file} a un en-tête mais aucune ligne de données ({blank} lignes vides). Vérifiez que c’est le bon fichier.',
  'ingest.refuse.noRows': '{file} n’a aucune ligne de données. Vérifiez que c’est le bon fichier.',
  'ingest.refuse.noRowsBlank': '{file} n’a aucune ligne de données ({blank} lignes vides). Vérifiez que c’est le bon fichier.',
  'ingest.refuse.unknownColumns': '{file} : aucune colonne nommée {names} (les colonnes sont {columns}).',
  'ingest.refuse.unmappedColumns': '{file} : aucune colonne n’est associée à {names}. Associez-lui une colonne du fichier (les colonnes sont {columns}).',
  'ingest.refuse.noneLoaded': 'Aucune des {rows} lignes de {file} n’a pu être chargée.',
  'ingest.refuse.noneLoadedFirst': 'Aucune des {rows} lignes de {file} n’a pu être chargée ; {where} : {reason}.',
  'ingest.refuse.noneLoadedOne': 'La seule ligne de {file} n’a pu être chargée.',
  'ingest.refuse.noneLoadedOneFirst': 'La seule ligne de {file} n’a pu être chargée ; {where} : {reason}.',
  'ingest.refuse.tooLarge':
    '{file} fait {size} Mo ; la limite est de {limit} Mo. Découpez l’export par année ou par mois et chargez les parties dans un même jeu de données (ajout).',
  'ingest.refuse.emptyFile': '{file} est vide (0 octet).',
  'ingest.refuse.unpacksTooLarge': '{file} dépasse {limit} Mo une fois décompressé ; découpez-le.',
  'ingest.refuse.brokenGzip': '{file} semble compressé en gzip mais ne peut pas être décompressé ({detail}). Réexportez-le sans compression.',
  'ingest.refuse.zstandard': '{file} est compressé en Zstandard, que Cible ne lit pas. Décompressez-le (ou utilisez gzip) et chargez-le à nouveau.',
  'ingest.refuse.zip':
    '{file} est une archive ZIP ou un classeur Excel (.xlsx), pas un CSV. Ouvrez-le et enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».',
  'ingest.refuse.utf32': '{file} est encodé en UTF-32, que Cible ne lit pas. Enregistrez-le en UTF-8.',
  'ingest.refuse.ambiguousDates':
    '{file} : les dates de la colonne « {column} » se lisent en {formats} ; rien dans le fichier ne permet de trancher. Passez --date-format {first} (ou un autre).',
  'ingest.warn.noRetailer':
    'Pas de colonne enseigne : toutes les lignes sont attribuées à « {retailer} ». Saisissez l’enseigne dans l’association des colonnes pour la changer.',
  'ingest.warn.noChannel': 'Pas de colonne canal : les lignes sont chargées comme des totaux non ventilés (canal « total »).',
  'ingest.warn.singleRecord': 'Le fichier ne contient qu’un enregistrement : il est lu comme une donnée, pas comme un en-tête.',
  'ingest.warn.ambiguousDates': 'La colonne « {column} » contient des dates lisibles en {formats} : chargée comme du texte.',
  'ingest.guard.massRejection':
    '{file} : {rejected} lignes sur {read} ({percent} %) seraient rejetées, ce qui signale en général un mauvais réglage. Vérifiez le format de date et le séparateur décimal, ou chargez quand même.',
  'ingest.guard.massRejectionFirst':
    '{file} : {rejected} lignes sur {read} ({percent} %) seraient rejetées, ce qui signale en général un mauvais réglage (première : {where} : {reason}). Vérifiez le format de date et le séparateur décimal, ou chargez quand même.',
  'ingest.guard.alreadyLoaded':
    'Ces fichiers sont déjà chargés dans le jeu de données « {dataset} ». Ouvrez-le, ou choisissez « Remplacer » pour les recharger.',
  'ingest.guard.alreadyInDataset': '{file} est déjà dans le jeu de données « {dataset} » : l’ajouter à nouveau compterait ses lignes deux fois.',
  'ingest.guard.changedElsewhere':
    'Le jeu de données « {dataset} » a été modifié dans un autre onglet pendant le chargement de ces fichiers ; rien n’a été enregistré. Chargez-les à nouveau pour les appliquer à sa nouvelle version.',
  'ingest.guard.openQuestion': '{file} : répondez d’abord à la question posée.',
  'ingest.guard.notLoaded': 'Non chargé, car {file} n’a pas pu l’être : corrigez ou retirez ce fichier et chargez à nouveau.',
  'ingest.load.countMismatch': 'DuckDB a chargé {loaded} lignes de {table} là où la validation en a accepté {accepted} ; rien de ce chargement n’est fiable.',
  'ingest.load.notTable': '{file} n’a pas été préparé comme une table simple.',
  'ingest.worker.stopped': 'Le processus de lecture s’est arrêté (probablement faute de mémoire). Rien n’a été chargé ; essayez un fichier plus petit.',
  'ingest.worker.hashStopped': 'Le processus de calcul d’empreinte s’est arrêté.',
  'ingest.remote.unreachable':
    '{url} n’a pas pu être téléchargé. Le serveur est peut-être arrêté, ou il n’autorise pas les autres sites à lire le fichier (CORS).',
  'ingest.remote.status': '{url} a répondu {status} {statusText}.',
  'ingest.remote.notParquet': '{file} n’a pas pu être lu comme un fichier Parquet : {detail}',
  'ingest.remote.tooManyRows': 'le fichier contient {rows} lignes ; Cible en lit au plus {limit} depuis un lien.',
  'ingest.remote.unreadable': '{file} n’a pas pu être lu.',
  'ingest.remote.ambiguousDates': '{file} : les dates de « {column} » se lisent en {formats} ; chargez le fichier depuis la page Données pour choisir.',
};
