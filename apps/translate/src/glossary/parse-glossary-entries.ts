import { badRequest } from "@wai/core";

export type GlossaryEntry = readonly [source: string, target: string];

/**
 * Glossary entries in DeepL's formats: `tsv` (one `source<TAB>target` per line) or `csv`
 * (`source,target[,source_lang,target_lang]`, fields optionally in double quotes with `""` for a quote).
 * Blank lines are skipped; an empty term, a line without two fields or a source given twice is a 400 naming
 * `entries` and the line, as DeepL refuses them.
 */
export function parseGlossaryEntries(text: string, format: string): GlossaryEntry[] {
  if (format !== "tsv" && format !== "csv")
    throw badRequest(`entries_format must be tsv or csv, not "${format}".`, "entries_format");
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const fields = format === "tsv" ? line.split("\t") : csvFields(line);
    const [source, target] = [fields[0]?.trim() ?? "", fields[1]?.trim() ?? ""];
    if (!source || !target || (format === "tsv" && fields.length !== 2)) {
      throw badRequest(
        `Invalid glossary entry on line ${i + 1}: expected "source${format === "tsv" ? "<TAB>" : ","}target".`,
        "entries",
      );
    }
    if (seen.has(source)) throw badRequest(`Duplicate source term "${source}" on line ${i + 1}.`, "entries");
    seen.add(source);
    entries.push([source, target]);
  });
  if (entries.length === 0) throw badRequest("The glossary has no entries.", "entries");
  return entries;
}

function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Entries as DeepL returns them: TSV, one entry a line. */
export const toTsv = (entries: readonly GlossaryEntry[]) => entries.map(([s, t]) => `${s}\t${t}`).join("\n");
