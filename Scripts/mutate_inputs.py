"""Mutation smoke run: feeds the CLI damaged copies of real inputs (PDF, Word, Markdown) and
reports any run that ends by a signal or hangs instead of exiting 0, 1 or 2.

    swift build && python3 Scripts/mutate_inputs.py SEED COUNT     # e.g. 11 300

Each copy is cut short, has bytes overwritten, inserted, deleted or duplicated; half are
inspected, half aligned against their source. A crashing input is kept under /tmp/fz/ to become a
regression test. (Coverage-guided fuzzing with libFuzzer is the next step; this finds the traps a
reader falls into on plain damage.)
"""
import random, subprocess, os, sys
random.seed(int(sys.argv[1])); N=int(sys.argv[2])
srcs=['Tests/UNAlignTests/Fixtures/office/A-75-394.%s.%s'%(l,f) for l in ['en','ar','zh','ru'] for f in ['pdf','docx']]+['Corpora/A-75-394/%s.md'%l for l in ['zh','en','ar']]+['../shared/corpora/ga-res-80-en/A_RES_80_10.md','Tests/UNAlignTests/Fixtures/kinds/meeting-record/fr.md','Tests/UNAlignTests/Fixtures/kinds/declaration/zh.md']
os.makedirs('/tmp/fz', exist_ok=True)
bad=0; codes={}
for k in range(N):
    src=random.choice(srcs); b=bytearray(open(src,'rb').read())
    for _ in range(random.randrange(1,4)):
        m=random.randrange(5)
        if m==0: b=b[:random.randrange(1,len(b))]
        elif m==1:
            for _ in range(random.randrange(1,60)):
                i=random.randrange(len(b)); b[i]=random.randrange(256)
        elif m==2:
            i=random.randrange(len(b)); b=b[:i]+bytes(random.randrange(256) for _ in range(random.randrange(1,500)))+b[i:]
        elif m==3:
            i=random.randrange(len(b)); j=min(len(b), i+random.randrange(1,3000)); b=b[:i]+b[j:]
        else:
            i=random.randrange(len(b)); j=random.randrange(len(b)); n=random.randrange(1,400); b=b[:i]+b[j:j+n]+b[i:]
        if len(b)<2: b=bytearray(b'x\n')
    p=f'/tmp/fz/m{sys.argv[1]}_{k}'+os.path.splitext(src)[1]
    open(p,'wb').write(b)
    cmd=['.build/debug/unalign','inspect',p] if random.random()<0.5 else ['.build/debug/unalign','align',p,src]
    try:
        r=subprocess.run(cmd,capture_output=True,timeout=60)
        rc=r.returncode
    except subprocess.TimeoutExpired:
        rc='timeout'
    codes[rc]=codes.get(rc,0)+1
    if rc not in (0,1,2):
        bad+=1; print('CRASH',k,src,rc,p, (r.stderr[-400:] if rc!='timeout' else b''))
    else: os.remove(p)
print(codes,'bad',bad)
