// Client-rendered: reading a file and the learner's documents happens on the device.
export const ssr = false;
