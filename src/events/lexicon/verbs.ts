// Data only. Parley's own verb patterns for CAMEO codes, one per line:
//
//   lemma [+particle] [{object|object…}] CODE   # note
//
// `+particle` must follow the verb within two tokens ("back +down", "call +for"); `{…}` lists object lemmas (nouns) that
// must appear within the next eight tokens of the clause. Lines are tried in order: put specific lines before the bare
// verb. A verb with no matching line gives no event (there is no default code). The shape mirrors PETRARCH's verb
// dictionaries (a verb, then patterns with codes) so that those could be loaded into the same table later.

export const VERB_PATTERNS = `
# 01 statements (only the few that are events in their own right)
claim {responsibility|credit} 015
admit {responsibility|guilt|wrongdoing|role|mistake} 015
acknowledge {responsibility|guilt|wrongdoing|role|mistake} 015
deny {responsibility|involvement|role|wrongdoing|charge|allegation} 016
deny {permission|request|application|allocation|access|visa|admission|passage} 120
deny {entry} 174
decline {comment} 011
apologize 055
apologise 055
# 02 appeals
appeal +for 020
appeal +to 020
appeal 020
call +for {talks|negotiation|dialogue|meeting} 026
call +for {ceasefire|truce|restraint} 0256
call +for {release} 0253
call +for {aid|help|assistance|support} 023
call +for 020
call +on 020
call +upon 020
urge 020
plead 020
request {aid|help|assistance|support} 023
request 020
ask +for 020
ask 020
invite 020
seek {aid|help|assistance|support|loan} 023
# 03 intent (most intent comes from "agree to / offer to / will" around a cooperative verb)
agree {ceasefire|truce} 0871
agree {talks|negotiation|meeting} 036
agree 030
offer {aid|help|assistance|support} 033
offer {talks|negotiation|mediation} 036
offer 030
pledge {aid|help|assistance|support|money|dollars} 033
pledge 030
promise 030
vow 030
commit 030
accept {demand|request|condition|call} 083
accept {mediation} 038
accept {peacekeeper|peacekeeping} 0861
accept {inspector|observer|monitor} 0862
accept {refugee} 075
accept 030
# 04 consultation
meet +with 040
meet 040
visit 042
host 043
receive {inspector|observer|monitor|mission|peacekeeper} 0862
receive {delegation|envoy|minister|president|leader|visitor|counterpart|ambassador} 043
telephone 041
speak +with 040
travel +to 042
arrive +in 042
phone 041
talk +with 040
talk +to 040
discuss +with 040
confer 040
consult 040
negotiate 046
mediate 045
# 05 diplomatic cooperation
praise 051
hail 051
commend 051
laud 051
applaud 051
congratulate 051
endorse 051
welcome {decision|move|agreement|plan|proposal|step|election|offer} 051
thank 051
defend 052
support 051
back +down 080
back 051
rally {support} 053
recognize 054
recognise 054
forgive 056
sign {agreement|accord|treaty|deal|pact|memorandum|declaration|protocol|contract} 057
ratify {agreement|accord|treaty|deal|pact|convention|protocol} 057
establish {tie|relation} 050
restore {tie|relation} 050
upgrade {tie|relation} 050
normalize {tie|relation} 050
# 06 material cooperation
cooperate 060
collaborate 060
share {intelligence|information|data} 064
extradite 063
# 07 aid
provide {weapon|arm|equipment|ammunition|missile|tank|jet|intelligence|photograph} 072
provide {troop|peacekeeper|protection} 074
provide {food|medicine|shelter|relief|water|tent|aid|assistance|help|supply|dollar|money|loan|fund} 070
send {weapon|arm|ammunition|missile} 072
send {aid|food|medicine|relief|supply|assistance} 070
send {inspector|investigator|monitor|observer|team|personnel|mission} 090
dispatch {inspector|investigator|monitor|observer|team|personnel|mission} 090
deliver {aid|food|medicine|relief|supply|weapon|arm} 070
donate 070
supply {weapon|arm|ammunition} 072
supply 070
contribute {troop|peacekeeper|soldier} 074
contribute {aid|money|fund|dollar|euro|assistance} 070
grant {asylum} 075
grant {aid|loan|credit} 071
give {aid|money|loan|dollar|assistance} 070
hand +over {medicine|aid|food|supply} 070
aid 070
assist 070
# 08 yield and retreat
concede 080
yield 080
relent 080
cave +in 080
give +in 080
ease {sanction|embargo|boycott} 085
ease {curfew} 0813
ease {restriction|measure|control|rule|ban} 081
lift {sanction|embargo|boycott|blockade} 085
lift {curfew} 0813
lift {emergency|law} 0814
lift {ban|restriction} 081
cancel {restriction|ban|measure|sanction} 081
call +off {strike|protest|demonstration|boycott|rally} 082
cancel {strike|protest|demonstration|boycott|rally} 082
allow {inspector|observer|monitor|peacekeeper} 086
allow {aid|access|convoy|worker} 0863
allow 080
permit 080
release 0841
free {prisoner|hostage|detainee|captive|activist|journalist|soldier} 0841
hand +over 0841
return {weapon|equipment|property|helicopter|territory|land|asset|body} 0842
pay {compensation} 0842
resign 0831
step +down 0831
withdraw {ambassador|envoy|diplomat} 161
withdraw {peacekeeper|peacekeeping|inspector|observer|monitor|worker|mission} 166
withdraw +from 0874
withdraw 0874
pull +out 0874
pull +back 0874
retreat 0874
surrender 0874
evacuate 087
disarm 0873
demobilize 0873
declare {ceasefire|truce} 0871
# 09 investigation
investigate 090
probe 090
inspect 090
monitor 090
# 10 demands
demand {release} 1053
demand {withdrawal|pullout|ceasefire|truce} 1056
demand {talks|meeting|negotiation} 106
demand {resignation} 1041
demand {autonomy|independence|right|freedom} 1043
demand {aid|assistance|help} 103
demand 100
insist +on 100
press +for 100
push +for 100
# 11 disapproval
criticize 111
criticise 111
condemn 111
denounce 111
deplore 111
slam 111
blast 111
rebuke 111
censure 111
decry 111
lambaste 111
castigate 111
chastise 111
reproach 111
lash +out 111
accuse 112
blame 112
allege 112
charge +with 173
charge +that 112
complain 114
sue 115
indict 1121
convict 116
# 12 rejection
reject {mediation} 126
reject {offer|proposal|invitation|call|request} 125
reject {plan|agreement|deal|accord|settlement|resolution} 127
reject 120
refuse 120
decline 120
rebuff 120
spurn 120
turn +down 120
dismiss {claim|report|allegation|accusation|assertion|rumor|rumour|charge} 120
oppose 120
veto 129
defy 128
violate {ceasefire|truce|armistice} 196
violate {ban|law|order|resolution|agreement|norm|sanction} 128
# 13 threats
threaten 130
warn +that 130
warn +against 130
warn 130
# 14 protest
protest +to 114
protest 140
demonstrate 141
rally +against 141
march 141
riot 145
strike 143
boycott 143
block {road|bridge|street|highway|railway|border|entrance|access|traffic|port} 144
blockade {road|bridge|street|highway} 144
blockade 191
stop {work} 143
# 15 force posture
mobilize 154
mobilise 154
deploy {police|officer} 153
deploy 154
mass {troop|force|soldier|tank} 154
reinforce 154
patrol 150
remain {alert} 152
put {alert} 152
place {alert} 152
# 16 reducing relations
suspend {tie|relation|link|flight} 161
suspend {talks|negotiation} 164
suspend {aid|assistance|loan|supply|funding} 162
cut {tie|relation} 161
cut {aid|assistance|supply|funding|loan} 162
halt {talks|negotiation} 164
halt {mediation} 165
halt {aid|assistance|supply|funding} 162
reduce {aid|assistance|supply|funding} 162
prohibit {aid|assistance} 162
sever {tie|relation} 161
break +off {tie|relation|talks|negotiation} 161
recall {ambassador|envoy} 161
cancel {visit|trip|meeting|summit|talks} 160
expel {diplomat|ambassador|envoy|attache} 161
expel {inspector|observer|monitor} 1662
expel {agency|worker|ngo} 1663
expel 174
summon {ambassador|envoy|diplomat|charge} 114
sanction 163
deport 174
impose {sanction|embargo|boycott} 163
# 17 coercion
impose {curfew} 1723
impose {emergency|law} 1724
impose {blockade|siege} 191
impose {restriction|ban|blackout|limit} 172
reimpose {blockade|siege} 191
reimpose 172
ban {party|politician|opposition} 1722
ban {rally|protest|demonstration|gathering|newspaper|website|broadcast} 1721
ban 172
prevent {rally|protest|demonstration|march|gathering} 1721
censor 1721
restrict 172
arrest 173
detain 173
jail 173
imprison 173
prosecute 173
sentence 173
round +up 173
confiscate 1711
seize {weapon|property|asset|ship|vessel|cargo|land|explosive} 1711
seize {territory|town|village|city|area|airport|base|island|region|province} 192
demolish 1712
destroy 1712
raze 1712
bulldoze 1712
blow +up 1712
crack +down 175
abduct 181
kidnap 181
hijack 181
# 18 unconventional violence
assault 182
abuse 182
hold {shield} 184
use {shield} 184
beat 182
torture 1822
rape 1821
abuse {sexually} 1821
stab 182
lynch 1823
behead 1823
murder 1823
assassinate 186
bomb 183
detonate 183
explode {bomb|device|explosive|car|grenade} 183
# 19 conventional force
launch {missile|rocket|drone|airstrike|strike} 195
fire {missile|rocket|shell|mortar|artillery} 195
strike {target|position|base|facility|site|convoy|depot|airport|port|city|town|village|camp|building|area} 195
hit {target|position|base|facility|site|convoy|depot} 190
retaliate 190
attack 190
fight 190
clash +with 190
clash 190
shell 194
bombard 194
fire +on 190
fire +at 190
shoot +down 195
shoot 193
gun +down 193
invade 192
occupy 192
annex 192
capture {village|town|city|territory|stronghold|base|position|area|hill|airport} 192
retake 192
overrun 192
storm 190
raid 190
ambush 190
kill 190
wound 190
injure 190
# 20 mass violence
massacre 202
`;

/**
 * Event nouns: lemma CODE. They give an event when a light verb governs them ("held talks", "launched an attack",
 * "imposed sanctions", "are having consultations") or when they take place ("talks are under way"); under a pattern
 * verb they refine it ("rejected an offer of talks" → 125).
 */
export const NOUN_PATTERNS = `
negotiation 046
talks 046
talk 046
consultation 040
meeting 040
summit 040
visit 042
mediation 045
agreement 057
accord 057
treaty 057
pact 057
attack 190
assault 182
offensive 190
invasion 192
airstrike 195
bombing 183
shelling 194
raid 190
ambush 190
protest 140
demonstration 141
rally 141
strike 143
boycott 143
riot 145
blockade 191
sanction 163
embargo 163
investigation 090
inquiry 090
probe 090
hearing 090
ceasefire 0871
truce 0871
exercise 062
game 062
maneuver 062
manoeuvre 062
alert 152
curfew 1723
drill 062
patrol 150
crackdown 175
ultimatum 139
withdrawal 0874
pullout 0874
suspension 161
`;

/** Verbs that carry an event noun without adding meaning of their own. */
export const LIGHT_VERBS: readonly string[] = [
  'have',
  'hold',
  'engage',
  'conduct',
  'launch',
  'carry',
  'stage',
  'begin',
  'start',
  'resume',
  'renew',
  'open',
  'impose',
  'mount',
  'continue',
  'join',
  'enter',
  'attend',
  'reach',
  'complete',
  'speed',
  'make',
  'issue',
  'declare',
  'order',
  'step',
  'intensify',
  'undertake',
  'wage',
  'unleash',
  'lead',
  'organize',
  'organise',
  'announce',
  'go',
  'take',
  'initiate',
  'perform',
  'deliver',
  'give',
  'institute',
  'enforce',
];
