#!/usr/bin/env bash
# Walks one new-certificate case through both county nodes with curl, the way clerks at the two
# federations would: a minor with an intellectual disability living in 南京市鼓楼区 (320106)
# with hukou in 长春市农安县 (220122). Minors are not publicised (R10), so the case runs to the
# card in the post without waiting out a five-working-day notice period.
# Needs the system running: npm start. Usage: bash scripts/demo-case.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export SWC_NODE_PROJECT=tsconfig.base.json
secrets=.infra/secrets
R=http://127.0.0.1:3100 # residence node: intake 3100, assessment 3101, publicity 3102, notification 3106
H=http://127.0.0.1:3200 # hukou node: approval 3203, printing 3204

token() { # token <node-id> <role> <county>
  STAFF_TOKEN_SECRET=$(grep '^STAFF_TOKEN_SECRET=' "$secrets/$1.env" | cut -d= -f2) \
    node -r @swc-node/register tools/auth/issue-staff-token.ts --staff "demo-$2" --role "$2" --county "$3" 2>/dev/null
}
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v;try{v=JSON.parse(s)}catch{v={}};console.log(process.argv[1].split(".").reduce((o,k)=>o?.[k],v)??"")})' "$1"; }
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
call() { # call <token> <method> <url> [json body]
  curl -sS -f -X "$2" "$3" -H "authorization: Bearer $1" -H 'content-type: application/json' ${4:+-d "$4"}
}

CLERK=$(token nanjing-gulou CLERK 320106)
SUPERVISOR=$(token nanjing-gulou SUPERVISOR 320106)
ASSESSOR=$(token nanjing-gulou ASSESSOR 320106)
APPROVER=$(token changchun-nongan APPROVER 220122)
PRINTER=$(token changchun-nongan PRINTER 220122)
AUDITOR=$(token national AUDITOR 100000)
ID=$(node -r @swc-node/register -e 'const d=require("./libs/domain/src");const b="32010620150615"+String(Math.floor(Math.random()*900)+100);console.log(b+d.residentIdCheckCharacter(b))')

say "1. Residence county clerk files the application (R6)"
FORM=$(cat <<JSON
{"caseKind":"NEW","residenceCountyCode":"320106","hukouCountyCode":"220122","claimedCategories":["INTELLECTUAL"],
 "residencePermit":{"placeCode":"320106","validFrom":"2025-03-01","validUntil":"2030-02-28"},
 "applicant":{"name":"张小明","idNumber":"$ID","phone":"13800138000",
   "mailingAddress":{"recipientName":"张三","phone":"13800138000","countyCode":"320106","addressLine":"中山路1号"},
   "guardian":{"name":"张三","idNumber":"11010519491231002X","relationship":"父亲","phone":"13800138000"}}}
JSON
)
APP=$(call "$CLERK" POST "$R/applications" "$FORM")
APPLICATION_ID=$(echo "$APP" | json applicationId)
NUMBER=$(echo "$APP" | json applicationNumber)
echo "application $NUMBER ($APPLICATION_ID)"

say "2. One-time notification list (R5): what is still missing"
call "$CLERK" GET "$R/applications/$APPLICATION_ID/materials" | json missing

say "3. Upload the scans (sniffed, size-capped, sha256 recorded in S3)"
# Intake parses every scan (R30) and checks the photo prints (R5: >= 295x413 px, portrait, opaque).
scan=$(mktemp)
printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' >"$scan"
photo=$(mktemp)
node -e '
const { PNG } = require("pngjs");
const png = new PNG({ width: 413, height: 579 });
png.data.fill(255);
for (let y = 0; y < 579; y++) for (let x = 0; x < 413; x++) {
  const head = ((x - 206) / 90) ** 2 + ((y - 230) / 125) ** 2 <= 1;
  if (head || y > 420) png.data.fill(head ? 150 : 60, (y * 413 + x) * 4, (y * 413 + x) * 4 + 3);
}
process.stdout.write(PNG.sync.write(png));' >"$photo"
for kind in PHOTO ID_DOCUMENT HUKOU_BOOKLET RESIDENCE_PERMIT GUARDIAN_ID GUARDIAN_PROOF; do
  file=$scan; [ "$kind" = PHOTO ] && file=$photo
  curl -sS -f -X POST "$R/applications/$APPLICATION_ID/documents" -H "authorization: Bearer $CLERK" \
    -F "kind=$kind" -F "file=@$file" | json materialsComplete | sed "s/^/  $kind uploaded, materials complete: /"
done

say "4. Accept (R1 residence permit, R5 guardian checked)"
call "$CLERK" POST "$R/applications/$APPLICATION_ID/accept" '{}' | json status

say "5. Designate an assessment institution (R8, within R25's 3 working days)"
# R8: a county registers an institution once (409 on a second run); reuse it when it exists.
INSTITUTION=$(call "$SUPERVISOR" GET "${R%:*}:3101/institutions?countyCode=320106" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).find(i=>i.name==="鼓楼医院残疾评定中心")?.id??""))')
[ -n "$INSTITUTION" ] || INSTITUTION=$(call "$SUPERVISOR" POST "${R%:*}:3101/institutions" \
  '{"countyCode":"320106","name":"鼓楼医院残疾评定中心","address":"南京市鼓楼区中山路321号","categories":["INTELLECTUAL","MENTAL","PHYSICAL"],"homeVisits":true}' | json id)
until call "$CLERK" GET "${R%:*}:3101/assessment-cases/$APPLICATION_ID" >/dev/null 2>&1; do sleep 0.5; done
call "$CLERK" POST "${R%:*}:3101/assessment-cases/$APPLICATION_ID/designation" "{\"institutionId\":\"$INSTITUTION\"}" | json status

say "6. Enter the signed and sealed conclusion (R3)"
TODAY=$(TZ=Asia/Shanghai date +%F)
call "$ASSESSOR" POST "${R%:*}:3101/assessment-cases/$APPLICATION_ID/conclusion" \
  "{\"meetsStandard\":true,\"impairments\":[{\"category\":\"INTELLECTUAL\",\"level\":3}],\"doctorName\":\"王医生\",\"doctorSigned\":true,\"institutionSealed\":true,\"assessedOn\":\"$TODAY\",\"receivedOn\":\"$TODAY\",\"fee\":{\"amountFen\":20000}}" \
  | json conclusion.classification

say "7. A minor is not publicised (R10): the case is handed to the hukou county, signed"
until [ "$(call "$APPROVER" GET "${H%:*}:3203/approval-cases/$APPLICATION_ID" 2>/dev/null | json status)" = APPROVAL ]; do sleep 0.5; done
echo "received at 220122; fetching and verifying the scans by sha256"
until call "$APPROVER" GET "${H%:*}:3203/approval-cases/$APPLICATION_ID" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.exit(JSON.parse(s).documents.every(d=>d.status==="VERIFIED")?0:1))'; do sleep 0.5; done

say "8. The hukou county approves (R11)"
call "$APPROVER" POST "${H%:*}:3203/approval-cases/$APPLICATION_ID/approve" '{}' | json status

say "9. Printing issues the card; print it and mail it cash on delivery (R12, R29)"
CERT="${ID}53"
until call "$PRINTER" GET "${H%:*}:3204/certificates/$CERT" >/dev/null 2>&1; do sleep 0.5; done
curl -sS -f "${H%:*}:3204/certificates/$CERT/card.pdf" -H "authorization: Bearer $PRINTER" -o "/tmp/card-$CERT.pdf"
echo "card: /tmp/card-$CERT.pdf"
call "$PRINTER" POST "${H%:*}:3204/certificates/$CERT/dispatch" '{"courier":"中国邮政EMS","waybillNumber":"EMS'"$RANDOM$RANDOM"'"}' | json waybillNumber

say "10. What the applicant sees (application number + ID number, no login)"
# The clerk waits for the dispatch to arrive; the applicant's public lookup is rate-limited.
until [ "$(call "$CLERK" GET "$R/applications/$APPLICATION_ID/progress" | json status)" = COMPLETED ]; do sleep 0.5; done
curl -sS -X POST "$R/applicant/status" -H 'content-type: application/json' -d "{\"applicationNumber\":\"$NUMBER\",\"idNumber\":\"$ID\"}" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);for(const x of v.steps)console.log(`  ${x.on}  ${x.description}`);for(const d of v.deadlines)console.log(`  ${d.rule} due ${d.dueOn}: ${d.status}`)})'

say "11. The notices the applicant received"
call "$CLERK" GET "${R%:*}:3106/notices?applicationId=$APPLICATION_ID" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const n of JSON.parse(s))console.log(`  [${n.status}] ${n.text}`)})'

say "12. What the national monitoring office sees: de-identified, no name or ID number (R32)"
until [ "$(call "$AUDITOR" GET "${R%:*}:3900/counties/220122/cases?status=COMPLETED&pageSize=200" | APPLICATION_ID=$APPLICATION_ID node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items.find(c=>c.caseId===process.env.APPLICATION_ID)?.stage??""))')" = MAILING ]; do sleep 0.5; done
call "$AUDITOR" GET "${R%:*}:3900/overview?province=22" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const c of JSON.parse(s).counties.filter(c=>c.countyCode==="220122"))console.log(JSON.stringify(c))})'
