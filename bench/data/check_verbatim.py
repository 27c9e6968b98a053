"""Check that every gold line of one of the project's page sets (``<set>/gold.json``) occurs
verbatim in its tag-stripped page.

Tag stripping: drop <script>/<style>/<noscript> elements and comments, replace every tag by ''
(no separator), decode HTML entities, collapse runs of ASCII whitespace to one space (in page and
gold alike; U+3000 and U+00A0 are kept as they are). A gold line passes if it is a substring.
Also checks that no gold line occurs only inside <script> text (i.e. it must be visible text).
Pages are read as UTF-8 unless the page's gold entry has an optional "encoding" field (e.g. "gbk"),
in which case the stored bytes are decoded with that codec (zh-tune4/14.html is stored byte-exact in GBK).
Usage: python bench/data/check_verbatim.py zh-tune2 [zh-tune3 en-tune2 ...]   (exit code 1 on any failure)
"""
import html, json, os, re, sys

DATA = os.path.dirname(os.path.abspath(__file__))

def strip(s):
    s = re.sub(r'<!--.*?-->', '', s, flags=re.S)
    s = re.sub(r'<(script|style|noscript)\b[^>]*>.*?</\1\s*>', ' ', s, flags=re.S | re.I)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return re.sub(r'[ \t\r\n\f\v]+', ' ', s)

def check(folder):
    HERE = os.path.join(DATA, folder)
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    bad = 0
    total = 0
    for name in sorted(gold):
        # optional per-page "encoding" field (e.g. "gbk" for pages stored byte-exact in GBK); default UTF-8
        page = open(os.path.join(HERE, 'pages', name), 'rb').read().decode(gold[name].get('encoding') or 'utf-8')
        text = strip(page)
        lines = gold[name]['content'].split('\n')
        miss = []
        for ln in lines:
            total += 1
            norm = re.sub(r'[ \t\r\n\f\v]+', ' ', ln)
            if not norm.strip() or norm not in text:
                miss.append(ln)
        tflag = 'ok' if gold[name]['title'] and re.sub(r'[ \t\r\n\f\v]+', ' ', gold[name]['title']) in text else 'title-not-found'
        print('%s  lines=%3d  missing=%d  chars=%d  %s' % (name, len(lines), len(miss), len(page), tflag))
        for m in miss:
            print('    MISSING:', m[:100])
        bad += len(miss)
    print('%s: TOTAL gold lines: %d, missing: %d' % (folder, total, bad))
    return bad


def main(folders):
    return 1 if sum(check(f) for f in folders) else 0


if __name__ == '__main__':
    # default: every set beside this file that has a gold.json (zh-fresh, zh-tuneN, en-tuneN)
    here = os.path.dirname(os.path.abspath(__file__))
    every = sorted(d for d in os.listdir(here) if os.path.isfile(os.path.join(here, d, 'gold.json')))
    sys.exit(main(sys.argv[1:] or every))
