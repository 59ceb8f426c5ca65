import type { clickhouseEn } from './messages-clickhouse-en';

/** Texte français de la source ClickHouse : formulaire de la page Données, état et erreurs. */
export const clickhouseFr: Record<keyof typeof clickhouseEn, string> = {
  'ch.title': 'Se connecter à ClickHouse',
  'ch.intro':
    'Pour des données trop volumineuses pour un navigateur : le cluster additionne les ventes par jour, Cible charge ces sommes et chaque panneau fonctionne comme d’habitude. La table doit avoir les colonnes date, retailer, channel et revenue_eur (et platform, region, category, orders, commission_eur, metric, source si elle les a), sous ces noms, sous des noms qu’un import reconnaît (enseigne, CA TTC…), ou associées ci-dessous.',
  'ch.url': 'Adresse HTTP',
  'ch.database': 'Base',
  'ch.sales': 'Table des ventes',
  'ch.targets': 'Table des objectifs (facultatif)',
  'ch.fees': 'Table des commissions (facultatif)',
  'ch.events': 'Table des événements (facultatif)',
  'ch.user': 'Utilisateur',
  'ch.password': 'Mot de passe',
  'ch.passwordNote': 'Gardé dans la mémoire de cet onglet seulement : jamais dans un lien, jamais enregistré.',
  'ch.connect': 'Se connecter et charger',
  'ch.readColumns': 'Lire les colonnes',
  'ch.mapping': 'Colonnes de {table}',
  'ch.mappingHelp':
    'Chaque colonne dont Cible a besoin est lue dans une colonne de la table : trouvée par son nom quand c’est possible, sinon choisie ici. Le choix va dans le lien (noms de colonnes seulement).',
  'ch.mapping.none': '— absente de la table —',
  'ch.cancel': 'Annuler',
  'ch.loading': 'Demande à {host} des sommes quotidiennes de {table}…',
  'ch.loaded':
    'Les données sont sur le cluster ClickHouse {host} ({table}). Résumé obtenu à {time} : {rows} lignes de ventes additionnées en {sent} lignes quotidiennes.',
  'ch.smallTablesNote': 'Les objectifs, commissions et événements non indiqués ici viennent de l’exemple fourni.',
  'ch.badTable': 'Écrivez la table sous la forme base.table ou table : lettres, chiffres et _ seulement.',
  'ch.badUrl': 'Écrivez l’adresse sous la forme http://hôte:port/ (l’interface HTTP du serveur).',
  'ch.confirmTitle': 'Ce lien charge des données depuis le serveur ClickHouse {host}',
  'ch.confirmExplain': 'Cible va demander à ce serveur les sommes quotidiennes de {table} (le serveur voit votre adresse ; rien d’autre n’est envoyé) :',
  'ch.confirmLoad': 'Se connecter à {host}',
  'ch.reloading':
    'La page se recharge une fois pour pouvoir joindre {host} (sa politique de sécurité ne la laisse joindre que les adresses que vous acceptez). Retapez ensuite le mot de passe.',
  'ch.open': 'Ouvrir le tableau de bord',
  'dataset.clickhouse': 'ClickHouse : {table} sur {host}',
  'ch.error.unreachable': 'Le serveur ClickHouse {host} n’a pas répondu. Vérifiez l’adresse et le port, que le serveur tourne et que ce réseau l’atteint.',
  'ch.error.refused':
    'Le serveur {host} a refusé la requête. Vérifiez l’utilisateur et le mot de passe, que cet utilisateur peut se connecter d’ici, et que son profil fixe add_http_cors_header = 1 (sans cela un navigateur ne peut pas lire les réponses).',
  'ch.error.unknown-table': 'La table {table} n’existe pas sur {host}. Vérifiez les noms de la base et de la table.',
  'ch.error.unknown-column':
    'Il manque à {table} une colonne dont Cible a besoin : date, retailer, channel et revenue_eur, sous ces noms ou associées aux colonnes de la table (Lire les colonnes, ou --map en ligne de commande) ; une colonne associée doit exister.',
  'ch.error.timeout': 'Le cluster n’a pas répondu à temps. Réessayez quand il sera moins chargé, ou demandez à son administrateur.',
  'ch.error.cancelled': 'Annulé. Les données affichées sont inchangées.',
  'ch.error.other': 'Le cluster a répondu par une erreur (ci-dessous). Les données affichées sont inchangées.',
};
