// Lighter frames while the camera moves, for big networks: sigma (4.0.4) still runs two passes per
// frame that nothing uses while edges are hidden on move, and they are most of a moving frame's cost
// when WebGL is drawn in software (SwiftShader: each drawn node instance costs tens of microseconds).
//  - the picking pass draws every node a second time, into the buffer that hover and click read; while
//    the camera moves nobody hovers or clicks a node that is sliding by, and the frame drawn once the
//    camera stops has the picking pass again, so hover and click are right as soon as they matter;
//  - the edge frame pass computes, for every edge, where it meets its nodes: only the edge drawing
//    reads that, and `hideEdgesOnMove` skips the edge drawing while moving.
// The frame drawn when the camera stops is a full one (sigma's `hideEdgesOnMove` relies on the same).

import type Sigma from "sigma";

/**
 * The camera is moving, by exactly sigma's own test for `hideEdgesOnMove`: the frames skipped here are the
 * ones whose edges sigma hides. (Not touch gestures: sigma draws edges then, and a touch's end renders
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

/** The part of sigma's private state used here; checked at run time, so a change in sigma only turns
 * the optimisation off instead of breaking the view. */
interface FramePass {
  run: (...args: unknown[]) => void;
}

export function lightenMovingFrames(renderer: Sigma): void {
  if (!renderer.getSetting("hideEdgesOnMove")) return;
  const getRenderParams = renderer.getRenderParams.bind(renderer);
  renderer.getRenderParams = () => {
    const params = getRenderParams();
    return moving(renderer) ? { ...params, pickingFrameBuffer: null } : params;
  };
  const pass = (renderer as unknown as { edgeFramePass?: Partial<FramePass> }).edgeFramePass;
  if (pass && typeof pass.run === "function") {
    const run = pass.run.bind(pass);
    pass.run = (...args: unknown[]) => {
      if (!moving(renderer)) run(...args);
    };
  }
}
