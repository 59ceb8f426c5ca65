/**
 * French for the messages the ingest writes (reject reasons, refusals, warnings). The ingest is
 * shared with the command line and its JSON report, so it speaks English; the page translates
 * at display time. File names, column names and values are captured and put back unchanged.
 * A message with no rule here is shown in English rather than guessed.
 */
type Rule = [RegExp, (m: RegExpMatchArray, again: (text: string) => string) => string];

const location = (line: string, column: string | undefined) => `ligne ${line}${column ? `, colonne « ${column} »` : ''}`;

const RULES: Rule[] = [
  // Reasons a row is rejected.
  [/^(.+) is empty$/s, (m) => `${m[1]} est vide`],
  [/^no date format could be recognised in this column$/, () => 'aucun format de date reconnu dans cette colonne'],
  [/^not a whole number$/, () => "pas un nombre entier"],
  [/^not a number$/, () => 'pas un nombre'],
  [/^not a date in the (.+) format$/s, (m) => `pas une date au format ${m[1]}`],
  [/^no such day: (.*)$/s, (m) => `ce jour n’existe pas : ${m[1]}`],
  [/^more than one decimal separator "(.+)"$/s, (m) => `plus d’un séparateur décimal « ${m[1]} »`],
  [/^misplaced thousands separator "(.+)"$/s, (m) => `séparateur de milliers mal placé « ${m[1]} »`],
  [/^a "\." in a column whose decimal separator is ","$/, () => 'un « . » dans une colonne dont le séparateur décimal est « , »'],
  [/^a "," in a column whose decimal separator is "\."$/, () => 'une « , » dans une colonne dont le séparateur décimal est « . »'],
  [/^expected (\d+) fields, found (\d+) \(the extra ones hold data\)$/, (m) => `${m[1]} champs attendus, ${m[2]} trouvés (les champs en trop contiennent des données)`],
  [/^expected (\d+) fields, found (\d+)$/, (m) => `${m[1]} champs attendus, ${m[2]} trouvés`],
  [/^bytes that are not valid UTF-8 on this line \(the rest of the file is UTF-8\): fix or re-export it$/, () => 'octets UTF-8 invalides sur cette ligne (le reste du fichier est en UTF-8) : corrigez-la ou réexportez le fichier'],
  [/^a record of (\d+) characters \(the limit is 1,000,000\): a quote that is never closed, or not a CSV file$/, (m) => `un enregistrement de ${m[1]} caractères (limite : 1 000 000) : un guillemet jamais fermé, ou pas un fichier CSV`],
  [/^malformed quotes: (.*)$/s, (m) => `guillemets mal formés : ${m[1]}`],
  [/^a quoted field that starts on line (\d+) is never closed, so the rest of the file would be read as one value$/, (m) => `un champ entre guillemets commencé ligne ${m[1]} n’est jamais fermé : tout le reste du fichier serait lu comme une seule valeur`],
  // Refusals of a whole file.
  [/^(.+), line (\d+): (.+)\. Close the quote, or set quoting to "none" if quotes are never used to wrap values\.$/s, (m, again) => `${m[1]}, ligne ${m[2]} : ${again(m[3]!)}. Fermez le guillemet, ou choisissez « aucun » guillemet si les valeurs ne sont jamais entourées de guillemets.`],
  [/^(.+), line (\d+): the text is neither UTF-8 nor Windows-1252 \(perhaps Shift-JIS or another Asian encoding\)\. Save the file as "CSV UTF-8" and upload it again\.$/s, (m) => `${m[1]}, ligne ${m[2]} : le texte n’est ni en UTF-8 ni en Windows-1252 (peut-être du Shift-JIS ou un autre encodage asiatique). Enregistrez le fichier en « CSV UTF-8 » et chargez-le à nouveau.`],
  [/^(.+) looks like a binary file, not text\. Export the data as CSV\.$/s, (m) => `${m[1]} ressemble à un fichier binaire, pas à du texte. Exportez les données en CSV.`],
  [/^(.+) (has a header but no data rows|has no data rows)(?: \((\d+) blank lines\))?\. Check that you picked the right file\.$/s, (m) => `${m[1]} ${m[2] === 'has no data rows' ? 'n’a aucune ligne de données' : 'a un en-tête mais aucune ligne de données'}${m[3] ? ` (${m[3]} lignes vides)` : ''}. Vérifiez que c’est le bon fichier.`],
  [/^(.+): no column named (.+) \(the columns are (.*)\)\.$/s, (m) => `${m[1]} : aucune colonne nommée ${m[2]} (les colonnes sont ${m[3]}).`],
  [/^(.+): no column is mapped to (.+)\. Map a column of the file to it \(the columns are (.*)\)\.$/s, (m) => `${m[1]} : aucune colonne n’est associée à ${m[2]}. Associez-lui une colonne du fichier (les colonnes sont ${m[3]}).`],
  [/^None of the (\d+) rows of (.+?) could be loaded(?:; line (\d+)(?:, column "(.*)")?: (.+))?\.$/s, (m, again) => `Aucune des ${m[1]} lignes de ${m[2]} n’a pu être chargée${m[3] ? ` ; ${location(m[3], m[4])} : ${again(m[5]!)}` : ''}.`],
  [/^(.+) is (\d+) MB; the limit is (\d+) MB\. Split the export by year or month and upload the parts into one dataset \(append\)\.$/s, (m) => `${m[1]} fait ${m[2]} Mo ; la limite est de ${m[3]} Mo. Découpez l’export par année ou par mois et chargez les parties dans un même jeu de données (ajout).`],
  [/^(.+) is empty \(0 bytes\)\.$/s, (m) => `${m[1]} est vide (0 octet).`],
  [/^(.+) unpacks to more than (\d+) MB; split it\.$/s, (m) => `${m[1]} dépasse ${m[2]} Mo une fois décompressé ; découpez-le.`],
  [/^(.+) looks gzip-compressed but cannot be unpacked \((.*)\)\. Re-export it uncompressed\.$/s, (m) => `${m[1]} semble compressé en gzip mais ne peut pas être décompressé (${m[2]}). Réexportez-le sans compression.`],
  [/^(.+) is Zstandard-compressed, which Cible cannot read\. Decompress it \(or use gzip\) and upload again\.$/s, (m) => `${m[1]} est compressé en Zstandard, que Cible ne lit pas. Décompressez-le (ou utilisez gzip) et chargez-le à nouveau.`],
  [/^(.+) is a ZIP archive or an Excel workbook \(\.xlsx\), not a CSV\. Open it and save as "CSV UTF-8" or "CSV \(séparateur: point-virgule\)"\.$/s, (m) => `${m[1]} est une archive ZIP ou un classeur Excel (.xlsx), pas un CSV. Ouvrez-le et enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».`],
  [/^(.+) is encoded in UTF-32, which Cible does not read\. Save it as UTF-8\.$/s, (m) => `${m[1]} est encodé en UTF-32, que Cible ne lit pas. Enregistrez-le en UTF-8.`],
  // Warnings.
  [/^No retailer column: every row is attributed to "(.*)"\. Type the retailer in the mapping to change it\.$/s, (m) => `Pas de colonne enseigne : toutes les lignes sont attribuées à « ${m[1]} ». Saisissez l’enseigne dans l’association des colonnes pour la changer.`],
  [/^No channel column: the rows are loaded as undivided totals \(channel "total"\)\.$/, () => 'Pas de colonne canal : les lignes sont chargées comme des totaux non ventilés (canal « total »).'],
  [/^The file holds a single record: it is read as data, not as a header\.$/, () => 'Le fichier ne contient qu’un enregistrement : il est lu comme une donnée, pas comme un en-tête.'],
  [/^Column "(.*)" holds dates that read as (.+) or (.+): loaded as text\.$/s, (m) => `La colonne « ${m[1]} » contient des dates lisibles en ${m[2]} ou en ${m[3]} : chargée comme du texte.`],
  // Guards before a load is saved.
  [/^(.+): (\d+) of (\d+) rows \((\d+)%\) would be rejected, which usually means a wrong setting(?: \(first: line (\d+)(?:, column "(.*)")?: (.+)\))?\. Check the date format and the decimal separator, or load anyway\.$/s, (m, again) => `${m[1]} : ${m[2]} lignes sur ${m[3]} (${m[4]} %) seraient rejetées, ce qui signale en général un mauvais réglage${m[5] ? ` (première : ${location(m[5], m[6])} : ${again(m[7]!)})` : ''}. Vérifiez le format de date et le séparateur décimal, ou chargez quand même.`],
  [/^These files are already loaded as dataset "(.*)"\. Open it, or choose "Replace" to load them again\.$/s, (m) => `Ces fichiers sont déjà chargés dans le jeu de données « ${m[1]} ». Ouvrez-le, ou choisissez « Remplacer » pour les recharger.`],
  [/^(.+) is already in dataset "(.*)": appending it again would count its rows twice\.$/s, (m) => `${m[1]} est déjà dans le jeu de données « ${m[2]} » : l’ajouter à nouveau compterait ses lignes deux fois.`],
  [/^Dataset "(.*)" was changed in another tab while these files were loading; nothing was saved\. Load them again to apply them to its new version\.$/s, (m) => `Le jeu de données « ${m[1]} » a été modifié dans un autre onglet pendant le chargement de ces fichiers ; rien n’a été enregistré. Chargez-les à nouveau pour les appliquer à sa nouvelle version.`],
  [/^Not loaded, because (.+) could not be: fix or remove that file and load again\.$/s, (m) => `Non chargé, car ${m[1]} n’a pas pu l’être : corrigez ou retirez ce fichier et chargez à nouveau.`],
];

export function ingestTextFr(text: string): string {
  for (const [pattern, render] of RULES) {
    const match = text.match(pattern);
    if (match) return render(match, ingestTextFr);
  }
  return text;
}
