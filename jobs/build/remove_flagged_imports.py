import re,sys,glob,collections
root=sys.argv[1]; out=open(sys.argv[2]).read().splitlines()
dels=collections.defaultdict(set)
for l in out:
    m=re.search(r'\] (\S+\.java):\[(\d+)(?:,\d+)?\] \(imports\) (UnusedImports|RedundantImport)', l)
    if not m: continue
    p=m.group(1).replace(root+'/','')
    if p.startswith('/'):
        files=[p]
    else:
        files=glob.glob(root+'/jobs/*/'+p)
    if len(files)!=1: print('skip',p,files); continue
    dels[files[0]].add(int(m.group(2)))
for f,lines in dels.items():
    src=open(f).read().split('\n')
    for n in sorted(lines, reverse=True):
        if src[n-1].startswith('import '): del src[n-1]
        else: print('not import',f,n,src[n-1])
    open(f,'w').write('\n'.join(src))
    print('fixed',f,len(lines))
