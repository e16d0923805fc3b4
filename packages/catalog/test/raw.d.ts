/** Vite's `?raw` imports: a file's text (the README, for the alias table test). */
declare module "*?raw" {
  const text: string;
  export default text;
}
