import type { enReports } from './en-reports.ts'
import type { MessageTree } from './messages.ts'

/** Textes français de la section Rapports (partie de fr.ts). */
export const frReports: MessageTree<typeof enReports> = {
  title: 'Rapports',
  intro:
    'Les documents qu’une assemblée remet, écrits à partir de ce fichier en quelques secondes : le rapport final, les certificats de tirage, le classeur pour vos propres analyses et les données ouvertes à publier. Rien ici ne modifie l’assemblée.',
  final: {
    title: 'Le rapport final',
    text: 'Choisissez ce qu’il contient et ajoutez vos propres mots. Une partie dont l’assemblée n’a pas encore les données est omise, jamais imprimée vide.',
    sections: 'Parties',
    names: {
      foreword: 'Avant-propos (votre texte)',
      summary: 'Synthèse',
      about: 'À propos de l’assemblée',
      participation: 'Qui a participé',
      draw: 'Le tirage au sort',
      process: 'Le déroulement',
      recommendations: 'Recommandations',
      membersStatement: 'Déclaration des membres (votre texte)',
      annexes: 'Annexes',
    },
    foreword: 'Avant-propos',
    forewordHint: 'Ouvre le rapport, avant la synthèse : qui a commandé l’assemblée et pourquoi.',
    summary: 'Synthèse, avec vos mots',
    summaryHint:
      'Imprimée en tête de la synthèse, au-dessus des chiffres et des principales recommandations.',
    membersStatement: 'Déclaration des membres',
    membersStatementHint: 'Les mots des membres eux-mêmes, imprimés après les recommandations.',
    logo: 'Logo en couverture',
    logoNone: 'Pas de logo : la couverture ne montre que le nom de l’assemblée.',
    logoChoose: 'Choisir un logo…',
    logoRemove: 'Retirer le logo',
    logoFile: 'Fichier image (PNG ou JPEG, 2 Mo au plus)',
    logoUse: 'Utiliser cette image',
    logoAlt: 'Le logo imprimé en couverture',
    write: 'Écrire le rapport final…',
  },
  documents: {
    title: 'Autres documents et exports',
    certificate: 'Certificats de tirage',
    certificateText:
      'Une page par tirage achevé : ce qui y est entré, l’engagement sur la loterie, la graine, le panel et la commande qui le vérifie.',
    workbook: 'Classeur (Excel)',
    workbookText:
      'Toute l’assemblée, une feuille par table, pour vos propres analyses. Il contient des données personnelles : gardez-le aussi bien que le fichier.',
    openData: 'Données ouvertes (CSV et JSON)',
    openDataText:
      'À publier : chiffres, résultats et composition du panel, les membres seulement sous pseudonyme ; aucun nom, coordonnée ou réponse d’une personne.',
    write: 'Écrire…',
  },
  write: {
    final: 'Écrire le rapport final',
    'draw-certificate': 'Écrire les certificats de tirage',
    workbook: 'Écrire le classeur',
    openData: 'Écrire les données ouvertes',
    fileName: {
      final: '{{name}} – rapport final',
      'draw-certificate': '{{name}} – certificats de tirage',
      workbook: '{{name}} – classeur',
      openData: '{{name}} – données ouvertes',
    },
    file: 'Fichier',
    folder: 'Dossier (nouveau ou vide)',
    save: 'Où l’écrire',
    writing: 'Écriture…',
    writeButton: 'Écrire',
    donePdf_one: '{{file}} écrit ({{count}} page).',
    donePdf_other: '{{file}} écrit ({{count}} pages).',
    doneWorkbook_one: '{{file}} écrit ({{count}} feuille).',
    doneWorkbook_other: '{{file}} écrit ({{count}} feuilles).',
    doneOpenData_one: '{{file}} écrit ({{count}} fichier).',
    doneOpenData_other: '{{file}} écrit ({{count}} fichiers).',
  },
}
