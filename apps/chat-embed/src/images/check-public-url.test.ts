import { describe, expect, it } from "vitest";
import { checkPublicUrl } from "./check-public-url.ts";

describe("checkPublicUrl", () => {
  it("accepts public http(s) URLs", () => {
    for (const url of ["https://example.com/a.png", "http://93.184.216.34/x.jpg", "https://[2606:4700::1111]/a.png"])
      expect(checkPublicUrl(url, "p").href).toBeTruthy();
  });

  it("refuses private, loopback, link-local, CGNAT, multicast and local names", () => {
    for (const url of [
      "http://0.0.0.0/",
      "http://127.1.2.3/",
      "http://10.0.0.1/",
      "http://100.64.0.1/",
      "http://169.254.169.254/",
      "http://172.31.255.255/",
      "http://192.168.1.1/",
      "http://224.0.0.1/",
      "http://[::]/",
      "http://[fd00::1]/",
      "http://[febf::1]/",
      "http://[::ffff:10.0.0.1]/",
      "http://localhost/",
      "http://foo.localhost/",
      "http://printer.local/",
      "http://db.internal/",
      "http://intranet/",
    ])
      expect(() => checkPublicUrl(url, "p"), url).toThrow(expect.objectContaining({ status: 400, param: "p" }));
  });
});
