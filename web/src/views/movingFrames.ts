// Lighter frames while the camera moves, for big networks. In software WebGL (SwiftShader, what a
// machine without a GPU and the browser tests have) a moving frame of 5,000 actors cost ~68 ms of the
// GPU process's CPU: ~10 ms whatever is drawn, then ~10 us for each node drawn (an instance; its size
// on screen hardly matters). Sigma (4.0.4) spends it on passes nothing uses while the camera moves:
//  - the picking pass draws every node a second time, into the buffer that hover and click read; while
//    the camera moves nobody hovers or clicks a node that is sliding by;
//  - the edge frame pass computes, for every edge, where it meets its nodes: only the edge drawing
//    reads that, and `hideEdgesOnMove` skips the edge drawing while moving;
//  - the label frame pass places every shown label against its node: only label drawing reads that,
//    and `hideLabelsOnMove` skips it (~9 ms of the 68);
// and, when labels are hidden on move too, on nodes too small to make out while they slide by: the last
// `nodesWhileMoving` of sigma's draw order are drawn (the network view adds nodes smallest first, so these
// are the biggest), the others come back with the edges and labels.
// Sigma replaces its programs and passes when the WebGL context is lost and restored: the frames are then
// whole ones again, slower, never wrong.
// The frame drawn when the camera stops is a full one (sigma's `hideEdgesOnMove` relies on the same), so
// hover, click, edges, labels and small nodes are all back as soon as they matter.

import type Sigma from "sigma";

/**
 * The camera is moving, by exactly sigma's own test for `hideEdgesOnMove`: the frames lightened here are
 * the ones whose edges sigma hides. (Not touch gestures: sigma draws edges then, and a touch's end renders
 * nothing, so a frame without picking could stay and taps on nodes would do nothing.)
 */
function moving(renderer: Sigma): boolean {
  const mouse = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimating() ||
    mouse.isMoving ||
    mouse.draggedEvents > 0 ||
    mouse.currentWheelDirection !== 0
  );
}

/** The parts of sigma's private state used here; checked at run time, so a change in sigma only turns
 * an optimisation off instead of breaking the view. */
interface Pass {
  run: (...args: unknown[]) => void;
}
interface Drawing {
  render: (params: unknown, offset?: number, count?: number) => void;
}
interface Internals {
  edgeFramePass?: Partial<Pass>;
  nodeFramePass?: Partial<Pass>;
  nodeProgram?: Partial<Drawing>;
}

function skipWhileMoving(renderer: Sigma, pass: Partial<Pass> | undefined): void {
  if (!pass || typeof pass.run !== "function") return;
  const run = pass.run.bind(pass);
  pass.run = (...args: unknown[]) => {
    if (!moving(renderer)) run(...args);
  };
}

export interface MovingFrameOptions {
  /** How many nodes (the last in sigma's draw order: the biggest) a moving frame draws at most. */
  nodesWhileMoving: number;
}

export function lightenMovingFrames(renderer: Sigma, options: MovingFrameOptions): void {
  if (!renderer.getSetting("hideEdgesOnMove")) return;
  const getRenderParams = renderer.getRenderParams.bind(renderer);
  renderer.getRenderParams = () => {
    const params = getRenderParams();
    return moving(renderer) ? { ...params, pickingFrameBuffer: null } : params;
  };
  const internals = renderer as unknown as Internals;
  skipWhileMoving(renderer, internals.edgeFramePass);
  if (renderer.getSetting("hideLabelsOnMove")) skipWhileMoving(renderer, internals.nodeFramePass);
  const nodes = internals.nodeProgram;
  if (renderer.getSetting("hideLabelsOnMove") && nodes && typeof nodes.render === "function") {
    const render = nodes.render.bind(nodes);
    const most = Math.max(1, Math.floor(options.nodesWhileMoving));
    // Sigma draws the nodes of a frame in ranges of its draw order (one per depth layer; a hovered node
    // splits its layer's range in two): each range is clipped to the positions from the cut on.
    nodes.render = (params, offset, count) => {
      if (offset === undefined || count === undefined || !moving(renderer))
        return render(params, offset, count);
      const start = Math.max(offset, renderer.getGraph().order - most);
      if (start < offset + count) render(params, start, offset + count - start);
    };
  }
}
