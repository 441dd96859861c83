;; The log scanner's byte search, in WebAssembly SIMD: one pass over a block finds every occurrence of up to 32
;; needles of one or two bytes (where a `Buffer#indexOf` pass per needle read the block once each), and newlines
;; are counted 16 bytes at a time. The JavaScript side (src/logs/byte-search.ts) owns the memory layout:
;;   [0, 256)     needle tables: 2 to 4 groups of 8 needles, each four 16-byte tables indexed by a nibble (first
;;                byte low, first byte high, second byte low, second byte high); bit k of an entry says the nibble
;;                fits needle k of the group, so a byte pair fits needle k when all four of its nibbles do (exactly,
;;                for one second byte; a set of them admits every pairing of their nibbles). A one-byte needle
;;                accepts every second byte; an unused needle has no bits.
;;   [256, 288)   the token-run tables: a byte is a token character (base64url) when the entries for its low nibble
;;                (first 16) and its high nibble (next 16) share a bit. A hit of the run byte (`$runByte`, -1 for
;;                none) is kept only when the 24 bytes after it are all token characters, or a letter, the run byte
;;                again and 15 token characters (a one-letter route and a short token: `/s/<token>`).
;;   out ...      hit offsets (u32), ascending
;;   start ... end   the block, followed by at least 17 bytes that no needle takes as its second byte (whole
;;                vectors are read past the end and lanes past it masked off, but a pair at the last byte looks at
;;                the byte after it)
;; Rebuild with `npm run wasm:build` after editing: it regenerates find-bytes-wasm.ts.
(module
  (memory (export "memory") 1)

  ;; Offsets in [start, end) where some needle starts, written to `out` in ascending order; stops after `capacity`
  ;; hits (the caller resumes after the last one). Returns the number written. The third and fourth groups of tables
  ;; are read only when `groups` is 3 or 4: each group costs four swizzles per 16 bytes.
  (func (export "findNeedles") (param $start i32) (param $end i32) (param $groups i32) (param $out i32) (param $capacity i32) (param $runByte i32) (result i32)
    (local $at i32) (local $count i32) (local $mask i32) (local $hit i32) (local $keep i32)
    (local $runLow v128) (local $runHigh v128) (local $after v128) (local $later v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local $d0 v128) (local $d1 v128) (local $d2 v128) (local $d3 v128)
    (local $vector v128) (local $next v128) (local $low0 v128) (local $high0 v128) (local $low1 v128) (local $high1 v128)
    (local $hits v128)
    (local.set $a0 (v128.load (i32.const 0)))
    (local.set $a1 (v128.load (i32.const 16)))
    (local.set $a2 (v128.load (i32.const 32)))
    (local.set $a3 (v128.load (i32.const 48)))
    (local.set $b0 (v128.load (i32.const 64)))
    (local.set $b1 (v128.load (i32.const 80)))
    (local.set $b2 (v128.load (i32.const 96)))
    (local.set $b3 (v128.load (i32.const 112)))
    (local.set $c0 (v128.load (i32.const 128)))
    (local.set $c1 (v128.load (i32.const 144)))
    (local.set $c2 (v128.load (i32.const 160)))
    (local.set $c3 (v128.load (i32.const 176)))
    (local.set $d0 (v128.load (i32.const 192)))
    (local.set $d1 (v128.load (i32.const 208)))
    (local.set $d2 (v128.load (i32.const 224)))
    (local.set $d3 (v128.load (i32.const 240)))
    (local.set $runLow (v128.load (i32.const 256)))
    (local.set $runHigh (v128.load (i32.const 272)))
    (local.set $at (local.get $start))
    (block $done
      (loop $vectors
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $vector (v128.load (local.get $at)))
        (local.set $next (v128.load offset=1 (local.get $at)))
        (local.set $low0 (v128.and (local.get $vector) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
        (local.set $high0 (i8x16.shr_u (local.get $vector) (i32.const 4)))
        (local.set $low1 (v128.and (local.get $next) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
        (local.set $high1 (i8x16.shr_u (local.get $next) (i32.const 4)))
        (local.set $hits
          (v128.or
            (v128.and
              (v128.and (i8x16.swizzle (local.get $a0) (local.get $low0)) (i8x16.swizzle (local.get $a1) (local.get $high0)))
              (v128.and (i8x16.swizzle (local.get $a2) (local.get $low1)) (i8x16.swizzle (local.get $a3) (local.get $high1))))
            (v128.and
              (v128.and (i8x16.swizzle (local.get $b0) (local.get $low0)) (i8x16.swizzle (local.get $b1) (local.get $high0)))
              (v128.and (i8x16.swizzle (local.get $b2) (local.get $low1)) (i8x16.swizzle (local.get $b3) (local.get $high1))))))
        (if (i32.gt_u (local.get $groups) (i32.const 2))
          (then
            (local.set $hits
              (v128.or (local.get $hits)
                (v128.and
                  (v128.and (i8x16.swizzle (local.get $c0) (local.get $low0)) (i8x16.swizzle (local.get $c1) (local.get $high0)))
                  (v128.and (i8x16.swizzle (local.get $c2) (local.get $low1)) (i8x16.swizzle (local.get $c3) (local.get $high1))))))))
        (if (i32.gt_u (local.get $groups) (i32.const 3))
          (then
            (local.set $hits
              (v128.or (local.get $hits)
                (v128.and
                  (v128.and (i8x16.swizzle (local.get $d0) (local.get $low0)) (i8x16.swizzle (local.get $d1) (local.get $high0)))
                  (v128.and (i8x16.swizzle (local.get $d2) (local.get $low1)) (i8x16.swizzle (local.get $d3) (local.get $high1))))))))
        (if (v128.any_true (local.get $hits))
          (then
            (local.set $mask (i8x16.bitmask (i8x16.ne (local.get $hits) (v128.const i64x2 0 0))))
            (if (i32.lt_u (i32.sub (local.get $end) (local.get $at)) (i32.const 16))
              (then (local.set $mask (i32.and (local.get $mask) (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $end) (local.get $at))) (i32.const 1))))))
            (block $written
              (loop $bits
                (br_if $written (i32.eqz (local.get $mask)))
                (local.set $hit (i32.add (local.get $at) (i32.ctz (local.get $mask))))
                (local.set $keep (i32.const 1))
                ;; The run byte's hit: kept when the 24 bytes after it are token characters (the tables at 256): two
                ;; vectors, bytes 1-16 and 9-24. The block is followed by 32 bytes of padding, so both are in memory.
                (if (i32.eq (i32.load8_u (local.get $hit)) (local.get $runByte))
                  (then
                    (local.set $after (v128.load offset=1 (local.get $hit)))
                    (local.set $later (v128.load offset=9 (local.get $hit)))
                    (local.set $keep
                      (i32.and
                        (i8x16.all_true
                          (v128.and
                            (i8x16.swizzle (local.get $runLow) (v128.and (local.get $after) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
                            (i8x16.swizzle (local.get $runHigh) (i8x16.shr_u (local.get $after) (i32.const 4)))))
                        (i8x16.all_true
                          (v128.and
                            (i8x16.swizzle (local.get $runLow) (v128.and (local.get $later) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
                            (i8x16.swizzle (local.get $runHigh) (i8x16.shr_u (local.get $later) (i32.const 4)))))))
                    ;; A one-letter route before a shorter token (`/s/<15 characters>`, a share link's): kept when a
                    ;; letter and the run byte follow, then 15 token characters (bytes 3-17, the first 15 lanes).
                    (if (i32.and
                          (i32.eqz (local.get $keep))
                          (i32.and
                            (i32.eq (i32.load8_u offset=2 (local.get $hit)) (local.get $runByte))
                            (i32.lt_u
                              (i32.sub (i32.or (i32.load8_u offset=1 (local.get $hit)) (i32.const 32)) (i32.const 97))
                              (i32.const 26))))
                      (then
                        (local.set $after (v128.load offset=3 (local.get $hit)))
                        (local.set $keep
                          (i32.eq
                            (i32.and
                              (i8x16.bitmask
                                (i8x16.ne
                                  (v128.and
                                    (i8x16.swizzle (local.get $runLow) (v128.and (local.get $after) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
                                    (i8x16.swizzle (local.get $runHigh) (i8x16.shr_u (local.get $after) (i32.const 4))))
                                  (v128.const i64x2 0 0)))
                              (i32.const 32767))
                            (i32.const 32767)))))))
                (if (local.get $keep)
                  (then
                    (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (local.get $hit))
                    (local.set $count (i32.add (local.get $count) (i32.const 1)))
                    (if (i32.eq (local.get $count) (local.get $capacity)) (then (return (local.get $count))))))
                (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
                (br $bits)))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $vectors)))
    (local.get $count))

;; How many bytes of [start, end) equal `byte`: whole vectors add up per lane (in bytes, for up to 255 vectors at a
  ;; time), then the last partial vector is counted with its lanes past `end` masked off.
  (func (export "countByte") (param $start i32) (param $end i32) (param $byte i32) (result i32)
    (local $at i32) (local $count i32) (local $wholeEnd i32) (local $batchEnd i32) (local $needle v128) (local $lanes v128)
    (local.set $needle (i8x16.splat (local.get $byte)))
    (local.set $at (local.get $start))
    (local.set $wholeEnd (i32.sub (local.get $end) (i32.and (i32.sub (local.get $end) (local.get $start)) (i32.const 15))))
    (block $done
      (loop $batches
        (br_if $done (i32.ge_u (local.get $at) (local.get $wholeEnd)))
        (local.set $batchEnd (i32.add (local.get $at) (i32.const 4080)))
        (if (i32.gt_u (local.get $batchEnd) (local.get $wholeEnd)) (then (local.set $batchEnd (local.get $wholeEnd))))
        (local.set $lanes (v128.const i64x2 0 0))
        (block $batchDone
          (loop $vectors
            (br_if $batchDone (i32.ge_u (local.get $at) (local.get $batchEnd)))
            ;; A match is -1 in its lane: subtracting it adds one.
            (local.set $lanes (i8x16.sub (local.get $lanes) (i8x16.eq (v128.load (local.get $at)) (local.get $needle))))
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (br $vectors)))
        (local.set $count (i32.add (local.get $count) (call $sumBytes (local.get $lanes))))
        (br $batches)))
    (if (i32.lt_u (local.get $at) (local.get $end))
      (then
        (local.set $count
          (i32.add (local.get $count)
            (i32.popcnt
              (i32.and
                (i8x16.bitmask (i8x16.eq (v128.load (local.get $at)) (local.get $needle)))
                (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $end) (local.get $at))) (i32.const 1))))))))
    (local.get $count))

  ;; The sum of the 16 unsigned bytes of `lanes`.
  (func $sumBytes (param $lanes v128) (result i32)
    (local $words v128)
    (local.set $words (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $lanes))))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $words)) (i32x4.extract_lane 1 (local.get $words)))
      (i32.add (i32x4.extract_lane 2 (local.get $words)) (i32x4.extract_lane 3 (local.get $words))))))
