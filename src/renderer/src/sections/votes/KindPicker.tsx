import { useTranslation } from 'react-i18next'
import { ballotKinds, type BallotKind } from '../../../../shared/ballot-kinds.ts'
import { ChoiceCards } from '../../components/ChoiceCards.tsx'

type Props = { value: BallotKind; onChange: (kind: BallotKind) => void; disabled?: boolean | undefined }

/** What kind of ballot: each with a sentence on when assemblies use it. */
export function KindPicker({ value, onChange, disabled = false }: Props) {
  const { t } = useTranslation()
  return (
    <ChoiceCards
      label={t('votes.builder.kind')}
      value={value}
      choices={ballotKinds.map((kind) => ({
        value: kind,
        name: t(`votes.kinds.${kind}.name`),
        text: t(`votes.kinds.${kind}.text`),
      }))}
      onChange={onChange}
      disabled={disabled}
    />
  )
}
