// Colours carry meaning only together with the text, so a tag reads the same without colour vision. They are
// solid dark shades under white text, which keeps a contrast above 4.5:1 (antd's light preset tags do not).
export const tagColors = {
  green: '#237804',
  blue: '#0958d9',
  gold: '#874d00',
  orange: '#ad4e00',
  red: '#a8071a',
  purple: '#531dab',
  cyan: '#006d75',
} as const;
