/** m2m100-1.2b's 100 language codes (reference §2.7, from FAIRSEQ_LANGUAGE_CODES["m2m100"]). */
export const M2M100_LANGUAGES: ReadonlySet<string> = new Set(
  (
    "af am ar ast az ba be bg bn br bs ca ceb cs cy da de el en es et fa ff fi fr fy ga gd gl gu ha he hi hr ht hu hy " +
    "id ig ilo is it ja jv ka kk km kn ko lb lg ln lo lt lv mg mk ml mn mr ms my ne nl no ns oc or pa pl ps pt ro ru " +
    "sd si sk sl so sq sr ss su sv sw ta th tl tn tr uk ur uz vi wo xh yi yo zh zu"
  ).split(" "),
);
