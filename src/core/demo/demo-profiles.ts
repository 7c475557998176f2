import type { Profile } from '../../shared/profile.ts'

/** Realistic assemblies the demo can stand for; the seed picks one. */
export const demoProfiles: Profile[] = [
  {
    name: 'Riverside Climate Assembly',
    question: 'How should Riverside reach net zero by 2040 in a way that is fair to everyone who lives here?',
    remit:
      'The assembly will hear evidence on transport, home heating, food and land use, deliberate in small groups, and agree recommendations that the borough council has committed to answer publicly within six months.',
    commissioningBody: 'Riverside Borough Council',
    processType: 'citizens-assembly',
    targetPanelSize: 60,
    startDate: '2026-03-07',
    endDate: '2026-05-16',
    venues: ['St Anne’s Community Hall, 12 Mill Lane', 'Riverside Academy sports hall, Station Road'],
    languages: ['English', 'Polish', 'British Sign Language'],
    organisation: 'Common Ground Deliberation CIC',
    contactName: 'Amara Okafor',
    contactEmail: 'assembly@commonground.example.org',
    contactPhone: '+44 20 7946 0321',
  },
  {
    name: 'Jury citoyen sur le logement de Valmont',
    question: 'Comment loger dignement toutes les générations à Valmont d’ici 2035 ?',
    remit:
      'Le jury entendra des témoins (bailleurs, associations, urbanistes), délibérera en tables de six et rendra un avis motivé que le conseil municipal s’engage à mettre au vote.',
    commissioningBody: 'Ville de Valmont',
    processType: 'citizens-jury',
    targetPanelSize: 24,
    startDate: '2026-09-12',
    endDate: '2026-10-10',
    venues: ['Salle des fêtes, place de la Mairie'],
    languages: ['Français'],
    organisation: 'Association Parole Publique',
    contactName: 'Lucie Marchand',
    contactEmail: 'jury@parolepublique.example.fr',
    contactPhone: '+33 4 72 00 11 22',
  },
  {
    name: 'Northfield People’s Assembly on Transport',
    question: 'What should Northfield do to make getting around safer, cheaper and cleaner?',
    remit:
      'Residents will learn from transport experts and from each other, then agree priorities for the county transport plan. The county cabinet will respond to every recommendation.',
    commissioningBody: 'Northfield County Council',
    processType: 'peoples-assembly',
    targetPanelSize: 45,
    startDate: '2026-04-18',
    endDate: '2026-06-06',
    venues: ['Northfield Library, Market Square', 'The Old Drill Hall, Queen Street'],
    languages: ['English', 'Urdu'],
    organisation: 'Northfield Together',
    contactName: 'Sam Whitaker',
    contactEmail: 'hello@northfieldtogether.example.org',
    contactPhone: '+44 113 496 0754',
  },
]
