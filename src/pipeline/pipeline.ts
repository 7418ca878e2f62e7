// The pipeline runner. A stage declares its contract {name, version, requires, produces} and is a pure
// function from the layers it requires to the layers it produces; the pipeline is checked when it is
// built, so a missing layer fails at start-up naming the stage, not halfway through a batch.

import { StancegraphError } from "../errors.js";

export interface Stage<L> {
  name: string;
  version: number;
  requires: readonly (keyof L)[];
  produces: readonly (keyof L)[];
  run(layers: Readonly<Partial<L>>): Partial<L>;
}

export interface Pipeline<L> {
  stages: readonly Stage<L>[];
  run(initial: Partial<L>): Partial<L>;
}

export function buildPipeline<L>(initial: readonly (keyof L)[], stages: readonly Stage<L>[]): Pipeline<L> {
  const available = new Set<keyof L>(initial);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new StancegraphError(
          "SG_PIPELINE_INVALID",
          `pipeline stage "${stage.name}" requires layer "${String(need)}", which no earlier stage produces; reorder the stages or add the one that produces it`,
        );
      }
    }
    for (const p of stage.produces) available.add(p);
  }
  return {
    stages,
    run(initial) {
      const layers: Partial<L> = { ...initial };
      for (const stage of stages) Object.assign(layers, stage.run(layers));
      return layers;
    },
  };
}
