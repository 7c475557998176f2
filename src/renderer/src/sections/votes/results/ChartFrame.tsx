import type { ReactNode } from 'react'

type Props = {
  width: number
  height: number
  title: string
  testId?: string | undefined
  /** On the big screen the chart fills the height it is given; on the page, the width. */
  fitHeight?: boolean | undefined
  children: ReactNode
}

/** The SVG every result chart is drawn in: scales to its box, titled for screen readers. */
export function ChartFrame({ width, height, title, testId, fitHeight, children }: Props) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={fitHeight ? undefined : '100%'}
      height={fitHeight ? '100%' : undefined}
      preserveAspectRatio="xMidYMin meet"
      role="img"
      aria-label={title}
      data-testid={testId}
      style={{
        display: 'block',
        fontFamily: 'inherit',
        maxWidth: fitHeight ? '100%' : width,
        maxHeight: '100%',
      }}
    >
      <title>{title}</title>
      {children}
    </svg>
  )
}
