/**
 * The stratification categories assemblies usually draw on, in English and French: the header words
 * that name them, and for the ones with usual answers, the words people type for each answer.
 * Every word is written as an answer key (see answer-key.ts: small letters, no accents, dashes and
 * punctuation as spaces). The first word of each language is the value's name in that language.
 * To teach the app a new word, add it here (a test checks that no word stands for two values).
 */

export type SynonymGroup = {
  /** The value's name, then the other words for it, in English. */
  en: readonly string[]
  /** The same in French. */
  fr: readonly string[]
}

export type CommonCategory = {
  kind: CategoryKind
  /** Header words, as header keys, in either language. */
  headers: { en: readonly string[]; fr: readonly string[] }
  groups: readonly SynonymGroup[]
}

export type CategoryKind =
  'gender' | 'age' | 'area' | 'education' | 'ethnicity' | 'housing' | 'disability' | 'attitude' | 'employment'

/** The value an empty or unclear answer goes to, in any category. */
export const PREFER_NOT_TO_SAY: SynonymGroup = {
  en: [
    'Prefer not to say',
    'prefer not to say',
    'prefer not to answer',
    'rather not say',
    'i d rather not say',
    'not stated',
    'no answer',
    'n a',
    'na',
    'pnts',
    'dont know',
    'don t know',
    'unknown',
  ],
  fr: [
    'Préfère ne pas répondre',
    'prefere ne pas repondre',
    'ne souhaite pas repondre',
    'je prefere ne pas repondre',
    'ne se prononce pas',
    'nsp',
    'sans reponse',
    'pas de reponse',
    'non renseigne',
    'ne sait pas',
  ],
}

const YES: SynonymGroup = { en: ['Yes', 'yes', 'y'], fr: ['Oui', 'oui', 'o'] }
const NO: SynonymGroup = { en: ['No', 'no', 'n'], fr: ['Non', 'non'] }

export const COMMON_CATEGORIES: readonly CommonCategory[] = [
  {
    kind: 'gender',
    headers: {
      en: ['gender', 'sex', 'gender identity', 'what is your gender', 'your gender'],
      fr: ['genre', 'sexe', 'quel est votre genre', 'votre genre', 'identite de genre'],
    },
    groups: [
      { en: ['Male', 'male', 'm', 'man', 'men', 'masc'], fr: ['Homme', 'homme', 'h', 'masculin', 'm'] },
      {
        en: ['Female', 'female', 'f', 'w', 'woman', 'women', 'fem'],
        fr: ['Femme', 'femme', 'f', 'feminin'],
      },
      {
        en: [
          'Non-binary',
          'non binary',
          'nonbinary',
          'nb',
          'x',
          'other',
          'genderqueer',
          'gender diverse',
          'another gender',
          'in another way',
        ],
        fr: ['Non-binaire', 'non binaire', 'x', 'autre', 'nb', 'genre fluide'],
      },
    ],
  },
  {
    kind: 'age',
    headers: {
      en: [
        'age',
        'age band',
        'age group',
        'age range',
        'your age',
        'how old are you',
        'date of birth',
        'dob',
        'birth date',
        'birthdate',
      ],
      fr: ['age', 'tranche d age', 'classe d age', 'votre age', 'date de naissance', 'ne e le'],
    },
    groups: [],
  },
  {
    kind: 'area',
    headers: {
      en: [
        'area',
        'ward',
        'region',
        'district',
        'zone',
        'neighbourhood',
        'neighborhood',
        'locality',
        'borough',
        'county',
        'urban rural',
        'urban or rural',
        'where do you live',
        'constituency',
      ],
      fr: [
        'zone',
        'secteur',
        'quartier',
        'region',
        'departement',
        'arrondissement',
        'canton',
        'territoire',
        'urbain rural',
        'lieu de residence',
      ],
    },
    groups: [
      { en: ['Urban', 'urban', 'city', 'town'], fr: ['Urbain', 'urbain', 'urbaine', 'ville'] },
      { en: ['Rural', 'rural', 'countryside', 'village'], fr: ['Rural', 'rurale', 'campagne'] },
    ],
  },
  {
    kind: 'education',
    headers: {
      en: [
        'education',
        'education level',
        'level of education',
        'highest qualification',
        'qualification',
        'qualifications',
        'schooling',
      ],
      fr: [
        'education',
        'niveau d etudes',
        'niveau d etude',
        'diplome',
        'niveau de diplome',
        'plus haut diplome',
        'formation',
      ],
    },
    groups: [],
  },
  {
    kind: 'ethnicity',
    headers: {
      en: ['ethnicity', 'ethnic group', 'ethnic background', 'ethnic origin', 'race', 'race ethnicity'],
      fr: ['origine', 'origine ethnique', 'groupe ethnique'],
    },
    groups: [],
  },
  {
    kind: 'housing',
    headers: {
      en: ['housing', 'tenure', 'housing tenure', 'home ownership', 'housing status', 'accommodation'],
      fr: ['logement', 'statut d occupation', 'type de logement', 'statut du logement'],
    },
    groups: [
      {
        en: [
          'Owner',
          'owner',
          'own',
          'owns',
          'owned',
          'homeowner',
          'owner occupier',
          'own outright',
          'mortgage',
        ],
        fr: ['Propriétaire', 'proprietaire', 'proprio'],
      },
      {
        en: [
          'Private renter',
          'private renter',
          'rent',
          'renter',
          'renting',
          'rents',
          'tenant',
          'private rent',
        ],
        fr: ['Locataire', 'locataire', 'location', 'loue'],
      },
      {
        en: [
          'Social renter',
          'social renter',
          'social housing',
          'council',
          'council housing',
          'housing association',
        ],
        fr: ['Logement social', 'logement social', 'hlm', 'locataire hlm'],
      },
    ],
  },
  {
    kind: 'disability',
    headers: {
      en: ['disability', 'disabled', 'long term illness or disability', 'do you have a disability'],
      fr: ['handicap', 'situation de handicap', 'en situation de handicap'],
    },
    groups: [YES, NO],
  },
  {
    kind: 'attitude',
    headers: {
      en: [
        'attitude',
        'concern',
        'climate concern',
        'level of concern',
        'how concerned are you',
        'opinion',
        'views',
      ],
      fr: ['attitude', 'preoccupation', 'inquietude', 'niveau d inquietude', 'opinion', 'avis'],
    },
    groups: [],
  },
  {
    kind: 'employment',
    headers: {
      en: ['employment', 'employment status', 'work status', 'working status', 'economic activity'],
      fr: [
        'emploi',
        'situation professionnelle',
        'activite',
        'statut professionnel',
        'csp',
        'categorie socioprofessionnelle',
      ],
    },
    groups: [],
  },
]
