import { it } from "vitest";
import { startFaultServer } from "./fault-server.js";
import { getThing, TestApi } from "./test-api.js";
it("probe", async () => {
  const server = await startFaultServer([{ body: { id: 1 } }]);
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    await Promise.all(Array.from({ length: 50 }, async () => { for (let i = 0; i < 20; i++) await (await fetch(server.url + "/things/1")).text(); }));
    console.log("plain fetch", Math.round(performance.now() - t));
    const api = new TestApi({ baseUrl: server.url, maxRetries: 0 });
    t = performance.now();
    await Promise.all(Array.from({ length: 50 }, async () => { for (let i = 0; i < 20; i++) await api.call(getThing, { thing_id: 1 }); }));
    console.log("client", Math.round(performance.now() - t));
    t = performance.now();
    await Promise.all(Array.from({ length: 50 }, async () => { for (let i = 0; i < 20; i++) await api.raw.GET("/things/1" as never, {} as never); }));
    console.log("raw", Math.round(performance.now() - t));
  }
  await server.close();
});
