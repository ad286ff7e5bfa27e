#!/usr/bin/env python3
"""Build the pull benchmark image (about 500 MB, 40k files, 8 gzip layers) from generated
content and push it to a registry. Deterministic: the same bytes every run, so a second run
pushes nothing; built blobs are cached in CACHE_DIR."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures"))
import mkimages as mk  # noqa: E402

LAYERS = 8
FILES_PER_LAYER = 5000
TARGET_BYTES = 500 * 1000 * 1000


def build_layer(i):
    rnd = random.Random(1000 + i)
    t = mk.Tar()
    per_file = TARGET_BYTES // (LAYERS * FILES_PER_LAYER)
    words = [bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9))) for _ in range(500)]
    for d in range(50):
        t.dir(f"layer{i}/d{d:02}")
    for f in range(FILES_PER_LAYER):
        size = max(1, int(rnd.expovariate(1.0 / per_file)))
        if f % 2 == 0:
            data = rnd.randbytes(size)  # incompressible half
        else:
            out = bytearray()
            while len(out) < size:
                out += rnd.choice(words) + b" "
            data = bytes(out[:size])
        t.file(f"layer{i}/d{f % 50:02}/f{f:05}", data, uid=rnd.choice([0, 0, 1000]), gid=0)
    return mk.Layer(t.bytes(), "gzip", created_by=f"bench layer {i}", gzip_level=1)


def main():
    reg_addr, cache = sys.argv[1], sys.argv[2]
    os.makedirs(cache, exist_ok=True)
    reg = mk.Registry(reg_addr)
    reg.check()
    index_path = os.path.join(cache, "big.json")
    if os.path.exists(index_path):
        saved = json.load(open(index_path))
        blobs = {}
        for d in saved["blobs"]:
            blobs[d] = open(os.path.join(cache, d.split(":")[1]), "rb").read()
        for d, data in blobs.items():
            reg.push_blob("berth-bench/big", data, d)
        reg.push_manifest("berth-bench/big", "latest", blobs[saved["manifest"]], saved["media_type"])
        print(json.dumps({"layers": saved["layers"], "manifest": saved["manifest"]}))
        return
    layers = [build_layer(i) for i in range(LAYERS)]
    cfg = mk.make_config(layers, {"org.berth.bench": "big"})
    cfg_bytes = mk.canon_json(cfg)
    man_bytes, _ = mk.build_manifest(layers, cfg_bytes)
    mk.push_image(reg, "berth-bench/big", "latest", layers, cfg)
    blobs = {l.digest: l.blob for l in layers}
    blobs[mk.sha256(cfg_bytes)] = cfg_bytes
    man_digest = mk.sha256(man_bytes)
    blobs[man_digest] = man_bytes
    for d, data in blobs.items():
        with open(os.path.join(cache, d.split(":")[1]), "wb") as f:
            f.write(data)
    json.dump({"blobs": list(blobs), "manifest": man_digest, "media_type": mk.OCI_MANIFEST,
               "layers": [l.digest for l in layers]}, open(index_path, "w"))
    print(json.dumps({"layers": [l.digest for l in layers], "manifest": man_digest}))


if __name__ == "__main__":
    main()
