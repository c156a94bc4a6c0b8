<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
  <context>
    <name>FaultsTab</name>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="36" />
      <source>Scan the pump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="38" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="151" />
      <source>No pump scanned yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="41" />
      <source>Alarm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="41" />
      <source>Display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="42" />
      <source>Battery or charging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="42" />
      <source>Mechanical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="43" />
      <source>Damaged or dirty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="43" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="46" />
      <source>What is wrong?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="48" />
      <source>&amp;Log fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="50" />
      <source>Send to &amp;repair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="52" />
      <source>Send to &amp;maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="54" />
      <source>&amp;Back from service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="58" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="61" />
      <source>Pump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="58" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="61" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="58" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="61" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="59" />
      <source>Reported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="59" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="59" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="60" />
      <source>Fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="62" />
      <source>Maintenance due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="62" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="73" />
      <source>Open faults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="74" />
      <source>Maintenance due within 30 days or overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="85" />
      <source>Scan a pump to log a fault or send it to service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="89" />
      <source>Faults and service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="114" />
      <source>{pump} selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="137" />
      <source>Now: {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="144" />
      <source>Not done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="167" />
      <source>OVERDUE</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IssueTab</name>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="46" />
      <source>Personnummer, fødselsnummer, D-nummer, 'LMA …', '… - UT' or 'protected'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="50" />
      <source>Name (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="51" />
      <source>&amp;Patient loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="52" />
      <source>&amp;Transport loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="56" />
      <source>Customer number or name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="59" />
      <source>Signed loan form or referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="66" />
      <source>Lend (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="68" />
      <source>Start over (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="72" />
      <source>P&amp;atient:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="74" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="79" />
      <source>Loan type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="80" />
      <source>Responsible &amp;unit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="81" />
      <source>Appro&amp;val reference:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="82" />
      <source>Pre&amp;scriber:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="83" />
      <source>Pumps (scan):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="84" />
      <source>Consumables, 14-day &amp;packs:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="98" />
      <location filename="../../app/gui/tabs/issue_tab.py" line="222" />
      <source>Fill in the loan and scan the pumps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="101" />
      <source>Issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="124" />
      <source>Type or scan the patient's identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="133" />
      <source>✔ protected identity — no patient data is stored; the unit stands as recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="138" />
      <source>born {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="164" />
      <source>{pump} is already in this loan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="171" />
      <source>{pump} added to the loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="177" />
      <source>Not added to the loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="199" />
      <source>Lent: loan {number}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/issue_tab.py" line="200" />
      <source>%n pump(s): </source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="206" />
      <source>Not lent</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/gui/main_window.py" line="52" />
      <source>Working …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="80" />
      <source>Depot: {depot}   ·   Workstation: {workstation}   ·   Operator: {operator}   ·   Database: {database}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="87" />
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="88" />
      <source>Sorry — PumpDesk could not finish that, and nothing was changed.

Try again. If it happens again, restart PumpDesk and tell your support, who will find the details in:
{log}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PumpTab</name>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="32" />
      <source>Scan a pump, or search by registration, serial number, UDI or patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="34" />
      <location filename="../../app/gui/tabs/pump_tab.py" line="73" />
      <source>Pump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="34" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="34" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="35" />
      <source>Serial number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="35" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="46" />
      <source>State:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="46" />
      <source>Responsible unit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="47" />
      <source>Patient:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="47" />
      <source>Loan:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="48" />
      <source>Serial number:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="48" />
      <source>UDI:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="49" />
      <source>Next maintenance:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="50" />
      <source>Open faults:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="55" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="55" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="55" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="56" />
      <source>Workstation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="56" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="70" />
      <source>Scan or search for a pump</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/pump_tab.py" line="101" />
      <source>%n pump(s) found</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="102" />
      <source>Nothing found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="116" />
      <source>{state} since {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="120" />
      <source>protected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="135" />
      <source>Not found</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReturnTab</name>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="32" />
      <source>&amp;Returns desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="33" />
      <source>&amp;Cleaning station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="41" />
      <source>Scan a pump, or type its number and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="44" />
      <source>Fault noted with the next return (leave empty if none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="46" />
      <source>&amp;Fault:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="49" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="49" />
      <source>Pump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="49" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="50" />
      <source>From unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="50" />
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="50" />
      <source>Fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="70" />
      <source>Return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="80" />
      <source>Cleaning station: scan a cleaned and checked pump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="81" />
      <source>Returns desk: scan a pump to return it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="109" />
      <source>Returned: {pump} · {model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="112" />
      <source>Returned with a fault: {pump} · {model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="114" />
      <source>Was with {holder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="118" />
      <source>since {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="120" />
      <source>Now: {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="128" />
      <source>Cleaned and checked: {pump} · {model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="130" />
      <source>Ready to be lent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="136" />
      <source>Not cleaned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="136" />
      <source>Not returned</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/return_tab.py" line="145" />
      <source>Returned today: %n pump(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>Refusal</name>
    <message>
      <source>'{text}' is not a valid patient identity: {why}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A protected identity has no stored history to convert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A {old} can only be converted to a fuller identity, not to a {new}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The birth dates differ ({old} and {new}); check both numbers before converting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An approval reference is required: give the signed loan form's or the referral's reference.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{unit_name} ({unit}) is billed only for asylum seekers and people without permits; give the caring unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{name}: {count}' is not a consumable pack count (0–99).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{item}' is not NAME=COUNT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This patient is billed to the region's asylum unit, but none is registered: add the asylum unit (e.g. 601628) as a care unit of kind 'asylum' first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not a customer number: a care unit's customer number has six digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not a model code: use letters, digits, - _ or .</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The maintenance interval must be a positive number of days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{gtin}' is not a GTIN: give the 14 digits of AI (01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot {verb} {registration}: it is {state} since {since} — {advice}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot {verb} {registration}: it is {state} at {unit} since {since} — {advice}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot {verb} {registration}: its preventive maintenance was due {due} — send it to service for maintenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot {verb} to {unit_name} ({unit}): only hospital units may hold a buffer stock of pumps, not primary care or municipalities.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{registration} is in the stock of unit {unit}, not of {other}; prescribe it from that unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{registration} is already the responsibility of {unit_name} ({unit}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Describe the fault: what is wrong?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot mark {registration} as cleaned: it has an open fault report — send it to service first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' cannot be a registration number: use 1–32 letters, digits, - . or /.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The scan was empty or unreadable: scan again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No pump matches '{text}': check the label and scan again, or register the pump first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No care unit has customer number {customer_number}: check the number or add the unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{key} is not in the register yet: for the first loan give the birth date too (LMA YYYYMMDD NN-NNNNNN).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan at least one pump for the loan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{udi}' is not a GS1 UDI with GTIN (01) and serial (21).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No pump model '{model}': see the list of models.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{registration} is already registered; scan it to see its state.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That UDI already belongs to pump {registration}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{reason}' is not a service reason: repair or maintenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{registration} was scanned twice into this loan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{state}' is not a state: {states}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A care unit needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a {what}: choose one of {options}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No patient {patient} in the register: nothing to convert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type at least two characters to search.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Phrase</name>
    <message>
      <source>model defined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>care unit defined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>identity converted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>issued to patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>issued for transport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dispatched to unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prescribed from unit stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>care responsibility moved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>moved between units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>returned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cleaned and checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fault reported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sent to service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>back from service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reported lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>personnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>samordningsnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fødselsnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D-nummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>asylum seeker (LMA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>without permit (UT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>protected identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the birth date is in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a Swedish number has 10 or 12 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it may only hold digits and one - or +</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an H-number is a temporary hospital number; use the fødselsnummer or D-nummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an LMA number needs at least its first eight digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a person without permit is given as birth date YYYYMMDD and name followed by '- UT'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a person without permit needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the birth date is not a real date (YYYYMMDD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the check digit is wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the birth date in it is not a real date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the check digits are wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the birth date in it is not valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>issue for transport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dispatch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prescribe from unit stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>move care responsibility for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mark as cleaned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>report a fault on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>send to service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>register back from service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>report as lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>retire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already returned, cleaned and ready; nothing to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already returned; clean and check it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already returned with a fault; send it to service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already cleaned and ready; nothing to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already reported lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already back and ready; nothing to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>register it back from service instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is retired; set it aside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>send it to service first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>return it first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>register it back from service first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>return it first if it has been found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is at the depot; issue it to the patient instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already in service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a transport loan comes back to the lending counter; return it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>return it from the unit first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on transport loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in a unit's stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>awaiting cleaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>faulty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it can be issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>clean and check it first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is retired and cannot be used again</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>