<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/gui/about.py" line="41" />
      <source>About PumpDesk</source>
      <extracomment>What PumpDesk is built from and a bundle carries (the pinned dependencies).</extracomment>
      <translation>Om PumpDesk</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="45" />
      <source>The counter program of a depot that lends medical pumps: issue and take back pumps, faults and service, units' buffer stocks, and sync with the region's central database.

PumpDesk is built from these free software packages, each under its own licence:</source>
      <translation>Diskprogrammet för ett hjälpmedelsförråd som lånar ut medicinska pumpar: utlåning och återlämning, fel och service, enheternas buffertlager och synk med regionens centrala databas.

PumpDesk bygger på dessa fria programpaket, vart och ett under sin egen licens:</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="50" />
      <source>Package</source>
      <translation>Paket</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="50" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="50" />
      <source>Licence</source>
      <translation>Licens</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../app/gui/conflicts.py" line="49" />
      <source>Sync conflicts</source>
      <translation>Synkkonflikter</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="52" />
      <source>The same pump was handled at two counters before they could sync. The central database kept the event that reached it first; the other was not carried out. Check where the pump really is, put it right with the usual actions (for instance return it and issue it again), then write here what was done.</source>
      <translation>Samma pump hanterades vid två diskar innan de hann synka. Den centrala databasen behöll händelsen som kom först; den andra genomfördes inte. Kontrollera var pumpen verkligen finns, rätta till med de vanliga åtgärderna (till exempel återlämna den och låna ut den igen) och skriv sedan här vad som gjordes.</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="57" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="57" />
      <source>Not carried out</source>
      <translation>Genomfördes inte</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="58" />
      <source>Kept (came first)</source>
      <translation>Behölls (kom först)</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="58" />
      <source>Resolved</source>
      <translation>Åtgärdad</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="69" />
      <source>What was done, e.g. 'pump is with the patient of the kept loan; nothing else to do'</source>
      <translation>Vad som gjordes, t.ex. 'pumpen finns hos patienten i lånet som behölls; inget mer att göra'</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="71" />
      <source>Mark as resolved</source>
      <translation>Markera som åtgärdad</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="99" />
      <source>{actor}, {time}</source>
      <translation>{actor}, {time}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="101" />
      <source>open</source>
      <translation>öppen</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="117" />
      <source>Not carried out: {side}</source>
      <translation>Genomfördes inte: {side}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="118" />
      <source>Kept: {side}</source>
      <translation>Behölls: {side}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="119" />
      <source>Resolved by {actor}: {note}</source>
      <translation>Åtgärdad av {actor}: {note}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="134" />
      <source>Resolved. The other counters see it after their next sync.</source>
      <translation>Åtgärdad. De andra diskarna ser det efter nästa synk.</translation>
    </message>
  </context>
  <context>
    <name>CountTab</name>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="42" />
      <source>DEPOT or customer number</source>
      <translation>DEPOT eller kundnummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="46" />
      <source>&amp;Place:</source>
      <translation>&amp;Plats:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="49" />
      <source>&amp;Start count</source>
      <translation>&amp;Starta inventering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="57" />
      <source>Res&amp;ume</source>
      <translation>&amp;Återuppta</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="60" />
      <source>&amp;Finish count</source>
      <translation>A&amp;vsluta inventering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="63" />
      <source>Scan each pump on the place, or type its number and press Enter</source>
      <translation>Skanna varje pump på platsen, eller skriv dess nummer och tryck Enter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="71" />
      <source>Found</source>
      <translation>Hittade</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="71" />
      <location filename="../../app/gui/tabs/count_tab.py" line="72" />
      <location filename="../../app/gui/tabs/count_tab.py" line="73" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="72" />
      <source>Missing</source>
      <translation>Saknas</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="72" />
      <source>Now</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="73" />
      <source>Unexpected</source>
      <translation>Oväntade</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="74" />
      <source>The register puts it</source>
      <translation>Enligt registret</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="75" />
      <source>Report &amp;lost</source>
      <translation>&amp;Anmäl förlust</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="76" />
      <source>Reporting a counted pump lost needs the administrator role</source>
      <translation>Att förlustanmäla en inventerad pump kräver rollen administratör</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="79" />
      <source>&amp;Move into this stock</source>
      <translation>&amp;Flytta till detta lager</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="81" />
      <source>&amp;Return</source>
      <translation>Återläm&amp;na</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="116" />
      <source>Start a count of a place, or resume an open one, then scan what is there</source>
      <translation>Starta en inventering av en plats, eller återuppta en pågående, och skanna sedan det som finns där</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="120" />
      <source>Stocktake</source>
      <translation>Inventering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="167" />
      <source>{place} · started {time} by {staff}</source>
      <translation>{place} · startad {time} av {staff}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="174" />
      <source>No unit's buffer stock is due for a count.</source>
      <translation>Ingen enhets buffertlager ska inventeras nu.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="176" />
      <source>never counted</source>
      <translation>aldrig inventerad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="177" />
      <source>Due for a count: {units}</source>
      <translation>Ska inventeras: {units}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="191" />
      <source>No count in progress.</source>
      <translation>Ingen inventering pågår.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="197" />
      <source>in progress</source>
      <translation>pågår</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="198" />
      <source>finished {time} by {staff}</source>
      <translation>avslutad {time} av {staff}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="200" />
      <source>Count of {place} · started {time} by {staff} · {status}</source>
      <translation>Inventering av {place} · startad {time} av {staff} · {status}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="205" />
      <source>Expected {expected}   Found {found}   Missing {missing}   Unexpected {unexpected}</source>
      <translation>Förväntade {expected}   Hittade {found}   Saknas {missing}   Oväntade {unexpected}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="211" />
      <source>(the first {shown} missing listed)</source>
      <translation>(de första {shown} saknade listas)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="242" />
      <source>Count started: {place}</source>
      <translation>Inventering startad: {place}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="243" />
      <location filename="../../app/gui/tabs/count_tab.py" line="257" />
      <source>Scan each pump that is there.</source>
      <translation>Skanna varje pump som finns där.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="256" />
      <source>Count resumed: {place}</source>
      <translation>Inventering återupptagen: {place}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="262" />
      <source>Not counted</source>
      <translation>Inte inventerad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="263" />
      <source>No count is in progress: start a count of a place, or resume an open one.</source>
      <translation>Ingen inventering pågår: starta en inventering av en plats, eller återuppta en pågående.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="275" />
      <source>{pump} was counted already.</source>
      <translation>{pump} är redan inventerad.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="279" />
      <source>Unexpected: {pump} · {model}</source>
      <translation>Oväntad: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="281" />
      <source>The register puts it elsewhere: {where}. Keep it aside; resolve it when the count is finished.</source>
      <translation>Enligt registret finns den någon annanstans: {where}. Lägg den åt sidan och åtgärda den när inventeringen är avslutad.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="285" />
      <source>Found: {pump} · {model}</source>
      <translation>Hittad: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="297" />
      <source>Count finished: {place}</source>
      <translation>Inventering avslutad: {place}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="299" />
      <source>Missing {missing}, unexpected {unexpected}: resolve each below.</source>
      <translation>Saknas {missing}, oväntade {unexpected}: åtgärda var och en nedan.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="315" />
      <location filename="../../app/gui/tabs/count_tab.py" line="326" />
      <source>Nothing chosen</source>
      <translation>Inget valt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="316" />
      <source>Choose a missing pump in the list first.</source>
      <translation>Välj först en saknad pump i listan.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="327" />
      <source>Choose an unexpected pump in the list first.</source>
      <translation>Välj först en oväntad pump i listan.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="333" />
      <source>Now: {state}</source>
      <translation>Nu: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="335" />
      <source>Charged to unit {unit}.</source>
      <translation>Debiteras enhet {unit}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="336" />
      <source>At the depot's cost.</source>
      <translation>På depåns bekostnad.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="337" />
      <source>Resolved: {pump} · {model}</source>
      <translation>Åtgärdad: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="343" />
      <source>Not done</source>
      <translation>Inte gjort</translation>
    </message>
  </context>
  <context>
    <name>CounterSession</name>
    <message>
      <location filename="../../app/gui/sign_in.py" line="101" />
      <source>Signed out after {minutes} min without use.</source>
      <extracomment>How long a pump scanned while nobody is signed in waits for someone to sign in. The staff member now signed in, or None. A sentence for the window to show (refused card, "sign in first" …), and whether it is a refusal. Pump scans made while signed out: (text, when), done on sign-in if still fresh.</extracomment>
      <translation>Utloggad efter {minutes} min utan användning.</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="109" />
      <source>Signed in: {name}</source>
      <translation>Inloggad: {name}</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="135" />
      <source>Sign in first: scan your staff card, or choose your name and type your PIN. The scan is done if you sign in within {seconds} seconds.</source>
      <translation>Logga in först: skanna ditt personalkort, eller välj ditt namn och skriv din PIN-kod. Skanningen utförs om du loggar in inom {seconds} sekunder.</translation>
    </message>
  </context>
  <context>
    <name>CounterTab</name>
    <message>
      <location filename="../../app/gui/tabs/base.py" line="42" />
      <source>{code} was read twice in a moment: it was done once, nothing more to do.</source>
      <translation>{code} lästes två gånger i samma stund: det gjordes en gång, inget mer behöver göras.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryFields</name>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="22" />
      <source>The depot's usual delivery</source>
      <translation>Depåns vanliga leveranssätt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="25" />
      <source>Outside the region</source>
      <translation>Utanför regionen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="27" />
      <source>Street</source>
      <translation>Gatuadress</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="29" />
      <source>Postcode</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="30" />
      <source>Town</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="31" />
      <source>c/o</source>
      <translation>c/o</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="32" />
      <source>Apartment building</source>
      <translation>Flerbostadshus</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="34" />
      <source>Door code</source>
      <translation>Portkod</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="35" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="37" />
      <source>Pickup point</source>
      <translation>Utlämningsställe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="39" />
      <source>No notice</source>
      <translation>Ingen avisering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="39" />
      <source>SMS</source>
      <translation>Sms</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="40" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="40" />
      <source>Letter</source>
      <translation>Brev</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="43" />
      <source>Notice to (phone, e-mail, address)</source>
      <translation>Avisering till (telefon, e-post, adress)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="60" />
      <source>Standard delivery</source>
      <translation>Standardleverans</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="61" />
      <source>Leave outside the door</source>
      <translation>Får ställas utanför dörren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="62" />
      <source>To the pickup point</source>
      <translation>Till utlämningsställe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="63" />
      <source>Urgent delivery</source>
      <translation>Akutleverans</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="64" />
      <source>Express delivery</source>
      <translation>Expressleverans</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="65" />
      <source>Joint delivery</source>
      <translation>Samleverans</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="66" />
      <source>On the route's day</source>
      <translation>På turens dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="67" />
      <source>Collect at the counter</source>
      <translation>Hämtas i disken</translation>
    </message>
  </context>
  <context>
    <name>FaultsTab</name>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="41" />
      <source>Scan the pump</source>
      <extracomment>A line of a list was opened: show this pump on the Pump tab.</extracomment>
      <translation>Skanna pumpen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="42" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="213" />
      <source>No pump scanned yet</source>
      <translation>Ingen pump skannad än</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="45" />
      <source>Alarm</source>
      <translation>Larm</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="45" />
      <source>Display</source>
      <translation>Display</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="46" />
      <source>Battery or charging</source>
      <translation>Batteri eller laddning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="46" />
      <source>Mechanical</source>
      <translation>Mekaniskt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="47" />
      <source>Damaged or dirty</source>
      <translation>Skadad eller smutsig</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="47" />
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="50" />
      <source>What is wrong?</source>
      <translation>Vad är fel?</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="52" />
      <source>&amp;Log fault</source>
      <translation>&amp;Felanmäl</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="54" />
      <source>Send to &amp;repair</source>
      <translation>Skicka på &amp;reparation</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="56" />
      <source>Send to &amp;maintenance</source>
      <translation>Skicka på &amp;underhåll</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="58" />
      <source>&amp;Back from service</source>
      <translation>&amp;Tillbaka från service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="61" />
      <source>What was repaired (needed when a fault is open)</source>
      <translation>Vad som reparerades (krävs när ett fel är öppet)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="64" />
      <source>No &amp;fault found</source>
      <translation>Inget fel &amp;hittat</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="68" />
      <source>Re&amp;calls …</source>
      <translation>Åter&amp;kallelser …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="72" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="75" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="77" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="72" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="75" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="72" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="75" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="73" />
      <source>Reported</source>
      <translation>Anmäld</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="73" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="73" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="74" />
      <source>Fault</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="76" />
      <source>Maintenance due</source>
      <translation>Underhåll senast</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="76" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="78" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="77" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="77" />
      <source>Falls due</source>
      <translation>Förfaller</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="78" />
      <source>Contact</source>
      <translation>Kontaktperson</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="78" />
      <source>About</source>
      <translation>Om</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="84" />
      <source>Transport loan overdue</source>
      <translation>Transportlån försenat</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="85" />
      <source>Call in for maintenance</source>
      <translation>Kalla in för underhåll</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="86" />
      <source>Count due</source>
      <translation>Inventering ska göras</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="87" />
      <source>Recall open</source>
      <translation>Återkallelse öppen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="88" />
      <source>Fault open over a week</source>
      <translation>Fel öppet över en vecka</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="226" />
      <source>What falls due ({count})</source>
      <translation>Att göra ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="242" />
      <source>loan {loan}</source>
      <translation>lån {loan}</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation type="vanished">Lån</translation>
    </message>
    <message>
      <source>Lent at</source>
      <translation type="vanished">Utlånat vid</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="vanished">Ska tillbaka</translation>
    </message>
    <message>
      <source>Open faults</source>
      <translation type="vanished">Öppna felanmälningar</translation>
    </message>
    <message>
      <source>Maintenance due within 30 days or overdue</source>
      <translation type="vanished">Underhåll inom 30 dagar eller försenat</translation>
    </message>
    <message>
      <source>Transport loans overdue</source>
      <translation type="vanished">Försenade transportlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="122" />
      <source>Scan a pump to log a fault or send it to service</source>
      <translation>Skanna en pump för att felanmäla den eller skicka den på service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="126" />
      <source>Faults and service</source>
      <translation>Fel och service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="143" />
      <source>{pump} selected</source>
      <translation>{pump} vald</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/faults_tab.py" line="152" />
      <source>%n open fault(s)</source>
      <translation>
        <numerusform>%n öppet fel</numerusform>
        <numerusform>%n öppna fel</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="154" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="240" />
      <source>recall {reference}</source>
      <translation>återkallelse {reference}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="156" />
      <source>Recall {reference} done</source>
      <translation>Återkallelse {reference} åtgärdad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="186" />
      <source>Now: {state}</source>
      <translation>Nu: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="189" />
      <source>The fault is recorded as open and the pump stays where it is; when it comes back it goes to faulty.</source>
      <translation>Felet är registrerat som öppet och pumpen stannar där den är; när den kommer tillbaka går den till felanmäld.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="199" />
      <source>Not done</source>
      <translation>Inte utfört</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="224" />
      <source>Open faults ({count})</source>
      <translation>Öppna felanmälningar ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="225" />
      <source>Maintenance due in 30 days or overdue ({count})</source>
      <translation>Underhåll inom 30 dagar eller försenat ({count})</translation>
    </message>
    <message>
      <source>Transport loans overdue ({count})</source>
      <translation type="vanished">Försenade transportlån ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="245" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="267" />
      <source>OVERDUE</source>
      <translation>FÖRSENAT</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="310" />
      <source>Set up PumpDesk</source>
      <translation>Ställ in PumpDesk</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="311" />
      <source>This workstation is new to PumpDesk. Check the settings below (your depot may have filled them in already), give the workstation its id, and start. All of this can be changed later under Settings, except the workstation id.</source>
      <translation>Den här arbetsplatsen är ny för PumpDesk. Kontrollera inställningarna nedan (ert förråd kan redan ha fyllt i dem), ge arbetsplatsen dess id och starta. Allt kan ändras senare under Inställningar, utom arbetsplatsens id.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="314" />
      <source>Start PumpDesk</source>
      <translation>Starta PumpDesk</translation>
    </message>
  </context>
  <context>
    <name>IssueTab</name>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="50" />
      <source>Personnummer, fødselsnummer, D-nummer, 'LMA …', '… - UT' or 'protected'</source>
      <translation>Personnummer, fødselsnummer, D-nummer, 'LMA …', '… - UT' eller 'skyddad'</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="55" />
      <source>Name (optional)</source>
      <translation>Namn (valfritt)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="56" />
      <source>&amp;Patient loan</source>
      <translation>&amp;Patientlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="57" />
      <source>&amp;Transport loan</source>
      <translation>&amp;Transportlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="61" />
      <source>Customer number or name</source>
      <translation>Kundnummer eller namn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="65" />
      <source>Signed loan form or referral</source>
      <translation>Underskriven låneblankett eller remiss</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="68" />
      <source>Type a name: those who may prescribe for the unit are offered</source>
      <translation>Skriv ett namn: de som får förskriva för enheten föreslås</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="84" />
      <source>Lend (Enter)</source>
      <extracomment>The scanned pumps' usual consumables, as the assortment has them (with no assortment kept, the packs are counted as free text, as before it).</extracomment>
      <translation>Låna ut (Enter)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="86" />
      <source>Start over (Esc)</source>
      <translation>Börja om (Esc)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="90" />
      <source>P&amp;atient:</source>
      <translation>P&amp;atient:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="92" />
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="97" />
      <source>Loan type:</source>
      <translation>Lånetyp:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="98" />
      <source>Responsible &amp;unit:</source>
      <translation>Ansvarig &amp;enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="99" />
      <source>Appro&amp;val reference:</source>
      <translation>&amp;Godkännandereferens:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="100" />
      <source>Pre&amp;scriber:</source>
      <translation>&amp;Förskrivare:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="101" />
      <source>Pumps (scan):</source>
      <translation>Pumpar (skanna):</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="102" />
      <source>&amp;Consumables, 14-day packs:</source>
      <translation>Förbruknings&amp;material, 14-dagarsförpackningar:</translation>
    </message>
    <message>
      <source>Consumables, 14-day &amp;packs:</source>
      <translation type="vanished">Förbruknings&amp;material, 14-dagarsförpackningar:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="117" />
      <location filename="../../app/gui/tabs/issue_tab.py" line="283" />
      <source>Fill in the loan and scan the pumps</source>
      <translation>Fyll i lånet och skanna pumparna</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="120" />
      <source>Issue</source>
      <translation>Utlåning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="144" />
      <source>Type or scan the patient's identity</source>
      <translation>Skriv eller skanna patientens identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="153" />
      <source>✔ protected identity — no patient data is stored; the unit stands as recipient</source>
      <translation>✔ skyddad identitet — inga patientuppgifter sparas; enheten står som mottagare</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="158" />
      <source>born {date}</source>
      <translation>född {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="194" />
      <source>{pump} is already in this loan.</source>
      <translation>{pump} finns redan i det här lånet.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="203" />
      <source>{pump} added to the loan</source>
      <translation>{pump} tillagd i lånet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="218" />
      <source>Each of: {articles} — prescribed with the loan</source>
      <translation>Av varje: {articles} — förskrivs med lånet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="222" />
      <source>No usual consumables of these pumps are in the assortment</source>
      <translation>Inga vanliga förbrukningsartiklar till dessa pumpar finns i sortimentet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="236" />
      <source>Not added to the loan</source>
      <translation>Inte tillagd i lånet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="258" />
      <source>Lent: loan {number}</source>
      <translation>Utlånat: lån {number}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/issue_tab.py" line="259" />
      <source>%n pump(s): </source>
      <translation>
        <numerusform>%n pump: </numerusform>
        <numerusform>%n pumpar: </numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="266" />
      <source>Not lent</source>
      <translation>Inte utlånat</translation>
    </message>
  </context>
  <context>
    <name>LookbackView</name>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="87" />
      <source>Look &amp;back</source>
      <extracomment>What the subject list holds besides the models: the pump shown, the person found.</extracomment>
      <translation>Se &amp;tillbaka</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="89" />
      <source>E&amp;xport CSV …</source>
      <translation>E&amp;xportera CSV …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="94" />
      <location filename="../../app/gui/tabs/lookback_view.py" line="102" />
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="96" />
      <source>to</source>
      <translation>till</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="102" />
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="102" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="103" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="103" />
      <source>Responsible unit</source>
      <translation>Ansvarig enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="104" />
      <source>Prescriber</source>
      <translation>Förskrivare</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="104" />
      <source>Approval</source>
      <translation>Godkännande</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="104" />
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="105" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="105" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="105" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="106" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="133" />
      <source>Every pump of {model} ({name})</source>
      <translation>Alla pumpar av {model} ({name})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="151" />
      <source>Pump {registration}</source>
      <translation>Pump {registration}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="158" />
      <source>Person {person}</source>
      <translation>Person {person}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="177" />
      <source>Looking back …</source>
      <translation>Söker bakåt …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="192" />
      <source>still out</source>
      <translation>fortfarande ute</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/lookback_view.py" line="206" />
      <source>%n loan period(s)</source>
      <translation>
        <numerusform>%n låneperiod</numerusform>
        <numerusform>%n låneperioder</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="209" />
      <source>{person}: {loans}, every loan under every identity they have had ({identities}).</source>
      <translation>{person}: {loans}, alla lån under alla identiteter personen har haft ({identities}).</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="212" />
      <source>{first} to {last}</source>
      <translation>{first} till {last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/lookback_view.py" line="215" />
      <source>%n fault(s), service(s) and cleaning(s)</source>
      <translation>
        <numerusform>%n felanmälan, service eller rengöring</numerusform>
        <numerusform>%n felanmälningar, servicebesök och rengöringar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="217" />
      <source>Pump {registration}, {span}: {loans}; {events}.</source>
      <translation>Pump {registration}, {span}: {loans}; {events}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="219" />
      <source>Every pump of {model}, {span}: {loans}.</source>
      <translation>Alla pumpar av {model}, {span}: {loans}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="227" />
      <source>Export CSV</source>
      <translation>Exportera CSV</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/lookback_view.py" line="232" />
      <source>%n row(s) exported to {path}</source>
      <translation>
        <numerusform>%n rad exporterad till {path}</numerusform>
        <numerusform>%n rader exporterade till {path}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/gui/main_window.py" line="111" />
      <source>Settings</source>
      <extracomment>The size the window opens at where the screen has room for it; a smaller screen (1024×768, 1366×768 at the counters) gets the screen's free area instead. Return, Issue, Faults and service, Pump: the tabs of the counter's daily work.</extracomment>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="112" />
      <source>About</source>
      <translation>Om</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="122" />
      <source>Working …</source>
      <translation>Arbetar …</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="194" />
      <source>Depot: {depot}   ·   Workstation: {workstation}   ·   Database: {database}</source>
      <translation>Depå: {depot}   ·   Arbetsstation: {workstation}   ·   Databas: {database}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="200" />
      <source>Not printed: {title}</source>
      <translation>Inte utskrivet: {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="202" />
      <source>{why} What was done is done; only the paper is missing. Press {key} to choose a printer or save it as PDF.</source>
      <translation>{why} Det som gjordes är gjort; bara papperet saknas. Tryck {key} för att välja en skrivare eller spara som PDF.</translation>
    </message>
    <message>
      <source>Depot: {depot}   ·   Workstation: {workstation}   ·   Operator: {operator}   ·   Database: {database}</source>
      <translation type="vanished">Depå: {depot}   ·   Arbetsstation: {workstation}   ·   Inloggad: {operator}   ·   Databas: {database}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="254" />
      <source>Something went wrong</source>
      <translation>Något gick fel</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="255" />
      <source>Sorry — PumpDesk could not finish that, and nothing was changed.

Try again. If it happens again, restart PumpDesk and tell your support, who will find the details in:
{log}</source>
      <translation>Tyvärr — PumpDesk kunde inte slutföra det, och ingenting ändrades.

Försök igen. Om det händer igen, starta om PumpDesk och säg till er support, som hittar detaljerna i:
{log}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="258" />
      <source>the log (none could be written here)</source>
      <translation>loggen (ingen kunde skrivas här)</translation>
    </message>
    <message>
      <location filename="../../app/gui/app.py" line="57" />
      <location filename="../../app/gui/main_window.py" line="251" />
      <source>PumpDesk cannot do that here</source>
      <translation>PumpDesk kan inte göra det här</translation>
    </message>
  </context>
  <context>
    <name>NewOrderForm</name>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="54" />
      <source>Personnummer, fødselsnummer, D-nummer, or a protected identity's prescription</source>
      <extracomment>How long typing may pause before the person's prescription is looked up (ms). An order was placed: its OrderView (the tab prints the label and says so). A refusal from the services: a title and the reason (the tab's banner says it). A word for the banner that is neither done nor refused (a line added). The order's lines: article number → quantity, in the order they were added.</extracomment>
      <translation>Personnummer, fødselsnummer, D-nummer eller förskrivningens nummer för skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="59" />
      <location filename="../../app/gui/tabs/new_order.py" line="68" />
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="59" />
      <location filename="../../app/gui/tabs/new_order.py" line="68" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="59" />
      <source>Per period</source>
      <translation>Per period</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="60" />
      <source>Left this period</source>
      <translation>Kvar denna period</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="65" />
      <source>Article number (type or scan)</source>
      <translation>Artikelnummer (skriv eller skanna)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="68" />
      <source>Quantity</source>
      <translation>Antal</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="74" />
      <source>The patient</source>
      <translation>Patienten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="75" />
      <source>A relative</source>
      <translation>En anhörig</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="76" />
      <source>Care staff</source>
      <translation>Vårdpersonal</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="77" />
      <source>The prescriber</source>
      <translation>Förskrivaren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="80" />
      <source>Only for an article outside the assortment: why it is needed</source>
      <translation>Bara för en artikel utanför sortimentet: varför den behövs</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="82" />
      <source>Place order (Enter)</source>
      <translation>Beställ (Enter)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="84" />
      <source>Start over (Esc)</source>
      <translation>Börja om (Esc)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="88" />
      <source>&amp;Person:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="94" />
      <source>&amp;Article, quantity:</source>
      <translation>&amp;Artikel, antal:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="95" />
      <source>Lines:</source>
      <translation>Rader:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="96" />
      <source>Ordered &amp;by:</source>
      <translation>Beställd a&amp;v:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="97" />
      <source>&amp;Justification:</source>
      <translation>&amp;Motivering:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="98" />
      <source>D&amp;elivery:</source>
      <translation>Levera&amp;ns:</translation>
    </message>
    <message>
      <source>&amp;Delivery:</source>
      <translation type="vanished">&amp;Leverans:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="99" />
      <source>Address:</source>
      <translation>Adress:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="100" />
      <source>Contact:</source>
      <translation>Kontakt:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="101" />
      <source>Pickup point:</source>
      <translation>Utlämningsställe:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="116" />
      <location filename="../../app/gui/tabs/new_order.py" line="132" />
      <location filename="../../app/gui/tabs/new_order.py" line="243" />
      <source>Type or scan the person's identity</source>
      <translation>Skriv eller skanna personens identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="142" />
      <source>✔ Prescription {id} · {unit} {unit_name} · {prescriber} · valid {valid_from} to {valid_to} · this period {start} to {last}</source>
      <translation>✔ Förskrivning {id} · {unit} {unit_name} · {prescriber} · giltig {valid_from} till {valid_to} · denna period {start} till {last}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="151" />
      <source>protected identity: the unit is the recipient, one order only</source>
      <translation>skyddad identitet: enheten är mottagare, endast en beställning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="154" />
      <source>its one order has been made</source>
      <translation>dess enda beställning är gjord</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="188" />
      <source>{article} × {quantity} on the order</source>
      <translation>{article} × {quantity} i beställningen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="190" />
      <source>Add more articles, or press Enter to place the order</source>
      <translation>Lägg till fler artiklar, eller tryck Enter för att beställa</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="233" />
      <source>Not ordered</source>
      <translation>Inte beställt</translation>
    </message>
  </context>
  <context>
    <name>NewRecallDialog</name>
    <message>
      <location filename="../../app/gui/recalls.py" line="227" />
      <source>New recall</source>
      <translation>Ny återkallelse</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="229" />
      <source>What the notice is about</source>
      <translation>Vad säkerhetsmeddelandet gäller</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="233" />
      <source>several: separate with commas</source>
      <translation>flera: skilj med kommatecken</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="239" />
      <location filename="../../app/gui/recalls.py" line="240" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="244" />
      <source>Reference (FSN):</source>
      <translation>Referens (FSN):</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="245" />
      <source>Title:</source>
      <translation>Rubrik:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="246" />
      <source>Action:</source>
      <translation>Åtgärd:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="247" />
      <source>Models:</source>
      <translation>Modeller:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="248" />
      <source>GTINs:</source>
      <translation>GTIN:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="249" />
      <source>Lots:</source>
      <translation>Batcher (lot):</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="250" />
      <source>Serial numbers:</source>
      <translation>Serienummer:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="251" />
      <source>Serial ranges:</source>
      <translation>Serienummerintervall:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="256" />
      <source>Produced:</source>
      <translation>Tillverkad:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="271" />
      <source>Say which pumps the recall covers.</source>
      <translation>Ange vilka pumpar återkallelsen gäller.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/recalls.py" line="286" />
      <source>The selection covers %n pump(s) now.</source>
      <translation>
        <numerusform>Urvalet omfattar nu 1 pump.</numerusform>
        <numerusform>Urvalet omfattar nu %n pumpar.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrderDetail</name>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="50" />
      <source>Article</source>
      <extracomment>The moves in the order their buttons stand. The order moved on: its new view (the tab refreshes the list and says so). A refusal from the services: a title and the reason.</extracomment>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="50" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="50" />
      <source>Quantity</source>
      <translation>Antal</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="51" />
      <source>Payer</source>
      <translation>Betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="53" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="53" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="53" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="55" />
      <source>Pic&amp;ked</source>
      <translation>Pl&amp;ockad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="56" />
      <source>&amp;Dispatched</source>
      <translation>Sk&amp;ickad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="57" />
      <source>Deli&amp;vered</source>
      <translation>&amp;Levererad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="58" />
      <source>&amp;Collected</source>
      <translation>&amp;Uthämtad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="59" />
      <source>&amp;Returned</source>
      <translation>&amp;Returnerad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="60" />
      <source>Ca&amp;ncel order</source>
      <translation>Ma&amp;kulera</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="63" />
      <source>Move to:</source>
      <translation>Flytta till:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="73" />
      <source>{width} × {height} mm</source>
      <translation>{width} × {height} mm</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="76" />
      <source>Picking lis&amp;t …</source>
      <translation>Plocklis&amp;ta …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="79" />
      <source>Address &amp;label …</source>
      <translation>Adress&amp;etikett …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="84" />
      <source>Label roll:</source>
      <translation>Etikettrulle:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="102" />
      <source>Choose an order in the list, or scan its number</source>
      <translation>Välj en beställning i listan, eller skanna dess nummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="107" />
      <source>Protected identity — {unit}</source>
      <translation>Skyddad identitet — {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="109" />
      <source>the patient</source>
      <translation>patienten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="109" />
      <source>a relative</source>
      <translation>en anhörig</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="110" />
      <source>care staff</source>
      <translation>vårdpersonal</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="110" />
      <source>the prescriber</source>
      <translation>förskrivaren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="111" />
      <source>{unit} {unit_name} · ordered by {who} at {at}, taken by {actor} · delivery: {delivery}</source>
      <translation>{unit} {unit_name} · beställd av {who} {at}, mottagen av {actor} · leverans: {delivery}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="136" />
      <source>standard</source>
      <translation>standard</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="118" />
      <source>justification: {text}</source>
      <translation>motivering: {text}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="121" />
      <source>outside the assortment: an extra cost for the payer, never returnable</source>
      <translation>utanför sortimentet: en extra kostnad för betalaren, kan aldrig returneras</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="136" />
      <source>left outside the door</source>
      <translation>ställs utanför dörren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="137" />
      <source>to the pickup point</source>
      <translation>till utlämningsställe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="137" />
      <source>urgent</source>
      <translation>akut</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="138" />
      <source>express</source>
      <translation>express</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="138" />
      <source>joint delivery</source>
      <translation>samleverans</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="139" />
      <source>on the route's day</source>
      <translation>på turens dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="140" />
      <source>collected at the counter</source>
      <translation>hämtas i disken</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="148" />
      <source>promised {date}</source>
      <translation>utlovad {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="149" />
      <source>no day promised (outside the region)</source>
      <translation>ingen dag utlovad (utanför regionen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="151" />
      <source>to the prescribing unit, c/o {name}</source>
      <translation>till förskrivande enhet, c/o {name}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="154" />
      <source>pickup point {point}</source>
      <translation>utlämningsställe {point}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="156" />
      <source>collect by {date}</source>
      <translation>hämtas senast {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="158" />
      <source>extra cost: {what}</source>
      <translation>merkostnad: {what}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="161" />
      <source>expected after more than 10 days: contact the prescriber and the patient</source>
      <translation>väntas om mer än 10 dagar: kontakta förskrivaren och patienten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="189" />
      <source>Not done</source>
      <translation>Inte gjort</translation>
    </message>
  </context>
  <context>
    <name>OrderFinder</name>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="93" />
      <source>Withdrawal number or person</source>
      <extracomment>How many rows the columns' widths are measured on. The order chosen in the list (its withdrawal number). A search was refused: the reason, for the tab's banner. Called with the list each time it is filled (benchmarks and tests wait on it).</extracomment>
      <translation>Uttagsnummer eller person</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="96" />
      <location filename="../../app/gui/tabs/order_list.py" line="146" />
      <source>All units</source>
      <translation>Alla enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="100" />
      <source>Da&amp;y</source>
      <translation>&amp;Dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="105" />
      <source>&amp;Find</source>
      <translation>&amp;Hitta</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="108" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="108" />
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="108" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="109" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="109" />
      <source>Articles</source>
      <translation>Artiklar</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="109" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="110" />
      <source>Ordered by</source>
      <translation>Beställd av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="127" />
      <source>F&amp;ind:</source>
      <translation>&amp;Sök:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="158" />
      <source>Protected identity — {unit}</source>
      <translation>Skyddad identitet — {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="159" />
      <source>patient</source>
      <translation>patient</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="159" />
      <source>relative</source>
      <translation>anhörig</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="160" />
      <source>staff</source>
      <translation>personal</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="160" />
      <source>prescriber</source>
      <translation>förskrivare</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/order_list.py" line="182" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n beställning</numerusform>
        <numerusform>%n beställningar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="193" />
      <source>Not found</source>
      <translation>Hittades inte</translation>
    </message>
  </context>
  <context>
    <name>OrdersTab</name>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="56" />
      <source>New order ({key})</source>
      <extracomment>The keys that show the new-order form and the orders found. The key that opens the address label made for the order just placed. The label of an order just placed is made (sent to the printer or waiting). The label of the last order placed, while no label printer is set.</extracomment>
      <translation>Ny beställning ({key})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="57" />
      <source>Find orders ({key})</source>
      <translation>Sök beställningar ({key})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="79" />
      <source>Orders</source>
      <translation>Beställningar</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="82" />
      <source>Type the person, then the articles; Enter places the order. Scan an order's number to open it.</source>
      <translation>Skriv personen, sedan artiklarna; Enter beställer. Skanna ett uttagsnummer för att öppna beställningen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="151" />
      <source>{lines} · {state}</source>
      <translation>{lines} · {state}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/orders_tab.py" line="152" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n rad</numerusform>
        <numerusform>%n rader</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="154" />
      <source>promised {date}</source>
      <translation>utlovad {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="156" />
      <source>no day promised (outside the region)</source>
      <translation>ingen dag utlovad (utanför regionen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="157" />
      <source>Ordered: {number}</source>
      <translation>Beställt: {number}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="170" />
      <source>the address label is sent to the printer</source>
      <translation>adressetiketten är skickad till skrivaren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="173" />
      <source>the address label is ready: {key} to print or save it</source>
      <translation>adressetiketten är klar: {key} för att skriva ut eller spara den</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="187" />
      <source>{number}: {state}</source>
      <translation>{number}: {state}</translation>
    </message>
  </context>
  <context>
    <name>PayerEditor</name>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="36" />
      <source>One line per address line</source>
      <translation>En rad per adressrad</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="39" />
      <source>Add as &amp;new payer</source>
      <translation>Lägg till som &amp;ny betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="41" />
      <source>Save &amp;payer</source>
      <translation>Spara &amp;betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="43" />
      <location filename="../../app/gui/payer_editor.py" line="87" />
      <source>&amp;Deactivate payer</source>
      <translation>A&amp;vaktivera betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="46" />
      <source>Customer number</source>
      <translation>Kundnummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="48" />
      <source>Set for the &amp;unit</source>
      <translation>Ange för &amp;enheten</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="52" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="53" />
      <source>Invoice address:</source>
      <translation>Fakturaadress:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="54" />
      <source>Reference:</source>
      <translation>Referens:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="59" />
      <source>Unit:</source>
      <translation>Enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="74" />
      <source>every area</source>
      <translation>alla områden</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="88" />
      <source>&amp;Reactivate payer</source>
      <translation>Åte&amp;raktivera betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="110" />
      <source>Saved: {payer}</source>
      <translation>Sparat: {payer}</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="114" />
      <source>{unit} is now billed to {payer} ({area}).</source>
      <translation>{unit} faktureras nu {payer} ({area}).</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="39" />
      <source>Person</source>
      <extracomment>Said under the person when they are shown next (what was just done).</extracomment>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="41" />
      <source>Any identity number the person has had</source>
      <translation>Vilket identitetsnummer personen än har haft</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="44" />
      <source>&amp;Find</source>
      <translation>&amp;Sök</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="49" />
      <source>The fuller identity</source>
      <translation>Den fullständigare identiteten</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="51" />
      <source>Name (if it changes)</source>
      <translation>Namn (om det ändras)</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="52" />
      <source>&amp;Convert</source>
      <translation>&amp;Konvertera</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="54" />
      <source>&amp;Protect personal data …</source>
      <translation>Skydda &amp;personuppgifter …</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="64" />
      <source>New identity:</source>
      <translation>Ny identitet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="65" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="98" />
      <location filename="../../app/gui/person_dialog.py" line="155" />
      <source>protected identity</source>
      <translation>skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="99" />
      <source>Earlier identities: {keys}</source>
      <translation>Tidigare identiteter: {keys}</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="119" />
      <source>Converted: {person}</source>
      <translation>Konverterad: {person}</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="127" />
      <source>The same person?</source>
      <translation>Samma person?</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="129" />
      <source>Merge the two records into one person? Their loans and identities are kept together from now on.</source>
      <translation>Slå ihop de två posterna till en person? Deras lån och identiteter hålls ihop från och med nu.</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="140" />
      <source>Protect personal data</source>
      <translation>Skydda personuppgifter</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="141" />
      <source>Erase this person's name, identity numbers and birth date here and at every counter? This cannot be undone. Their loans go on with the responsible unit as recipient, and a new loan or an order of consumables needs a new prescription.</source>
      <translation>Radera personens namn, identitetsnummer och födelsedatum här och vid varje disk? Det går inte att ångra. Personens lån fortsätter med den ansvariga enheten som mottagare, och ett nytt lån eller en beställning av förbrukningsmaterial kräver en ny förskrivning.</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="158" />
      <source>The person's data is erased.</source>
      <translation>Personens uppgifter är raderade.</translation>
    </message>
  </context>
  <context>
    <name>Phrase</name>
    <message>
      <source>model defined</source>
      <translation>modell upplagd</translation>
    </message>
    <message>
      <source>care unit defined</source>
      <translation>enhet upplagd</translation>
    </message>
    <message>
      <source>identity converted</source>
      <translation>identitet konverterad</translation>
    </message>
    <message>
      <source>registered</source>
      <translation>registrerad</translation>
    </message>
    <message>
      <source>issued to patient</source>
      <translation>utlånad till patient</translation>
    </message>
    <message>
      <source>issued for transport</source>
      <translation>utlånad för transport</translation>
    </message>
    <message>
      <source>dispatched to unit</source>
      <translation>skickad till enhet</translation>
    </message>
    <message>
      <source>prescribed from unit stock</source>
      <translation>förskriven från buffertlager</translation>
    </message>
    <message>
      <source>care responsibility moved</source>
      <translation>vårdansvar flyttat</translation>
    </message>
    <message>
      <source>moved between units</source>
      <translation>flyttad mellan enheter</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>återlämnad</translation>
    </message>
    <message>
      <source>cleaned and checked</source>
      <translation>rengjord och kontrollerad</translation>
    </message>
    <message>
      <source>fault reported</source>
      <translation>felanmäld</translation>
    </message>
    <message>
      <source>sent to service</source>
      <translation>skickad på service</translation>
    </message>
    <message>
      <source>back from service</source>
      <translation>tillbaka från service</translation>
    </message>
    <message>
      <source>reported lost</source>
      <translation>förlustanmäld</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>kasserad</translation>
    </message>
    <message>
      <source>personnummer</source>
      <translation>personnummer</translation>
    </message>
    <message>
      <source>samordningsnummer</source>
      <translation>samordningsnummer</translation>
    </message>
    <message>
      <source>fødselsnummer</source>
      <translation>fødselsnummer</translation>
    </message>
    <message>
      <source>D-nummer</source>
      <translation>D-nummer</translation>
    </message>
    <message>
      <source>asylum seeker (LMA)</source>
      <translation>asylsökande (LMA)</translation>
    </message>
    <message>
      <source>without permit (UT)</source>
      <translation>utan tillstånd (UT)</translation>
    </message>
    <message>
      <source>protected identity</source>
      <translation>skyddad identitet</translation>
    </message>
    <message>
      <source>the birth date is in the future</source>
      <translation>födelsedatumet ligger i framtiden</translation>
    </message>
    <message>
      <source>a Swedish number has 10 or 12 digits</source>
      <translation>ett svenskt nummer har 10 eller 12 siffror</translation>
    </message>
    <message>
      <source>it may only hold digits and one - or +</source>
      <translation>det får bara innehålla siffror och ett - eller +</translation>
    </message>
    <message>
      <source>an H-number is a temporary hospital number; use the fødselsnummer or D-nummer</source>
      <translation>ett H-nummer är ett tillfälligt sjukhusnummer; använd fødselsnummer eller D-nummer</translation>
    </message>
    <message>
      <source>an LMA number needs at least its first eight digits</source>
      <translation>ett LMA-nummer behöver minst sina första åtta siffror</translation>
    </message>
    <message>
      <source>a person without permit is given as birth date YYYYMMDD and name followed by '- UT'</source>
      <translation>en person utan tillstånd anges med födelsedatum ÅÅÅÅMMDD och namn följt av '- UT'</translation>
    </message>
    <message>
      <source>a person without permit needs a name</source>
      <translation>en person utan tillstånd måste ha ett namn</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>det är tomt</translation>
    </message>
    <message>
      <source>the birth date is not a real date (YYYYMMDD)</source>
      <translation>födelsedatumet är inget giltigt datum (ÅÅÅÅMMDD)</translation>
    </message>
    <message>
      <source>the check digit is wrong</source>
      <translation>kontrollsiffran stämmer inte</translation>
    </message>
    <message>
      <source>the birth date in it is not a real date</source>
      <translation>födelsedatumet i numret är inget giltigt datum</translation>
    </message>
    <message>
      <source>the check digits are wrong</source>
      <translation>kontrollsiffrorna stämmer inte</translation>
    </message>
    <message>
      <source>the birth date in it is not valid</source>
      <translation>födelsedatumet i numret är ogiltigt</translation>
    </message>
    <message>
      <source>issue</source>
      <translation>låna ut</translation>
    </message>
    <message>
      <source>issue for transport</source>
      <translation>låna ut för transport</translation>
    </message>
    <message>
      <source>dispatch</source>
      <translation>skicka</translation>
    </message>
    <message>
      <source>prescribe from unit stock</source>
      <translation>förskriva från buffertlager</translation>
    </message>
    <message>
      <source>move care responsibility for</source>
      <translation>flytta vårdansvaret för</translation>
    </message>
    <message>
      <source>move</source>
      <translation>flytta</translation>
    </message>
    <message>
      <source>return</source>
      <translation>återlämna</translation>
    </message>
    <message>
      <source>mark as cleaned</source>
      <translation>registrera rengöring av</translation>
    </message>
    <message>
      <source>report a fault on</source>
      <translation>felanmäla</translation>
    </message>
    <message>
      <source>send to service</source>
      <translation>skicka på service</translation>
    </message>
    <message>
      <source>register back from service</source>
      <translation>ta emot från service</translation>
    </message>
    <message>
      <source>report as lost</source>
      <translation>förlustanmäla</translation>
    </message>
    <message>
      <source>retire</source>
      <translation>kassera</translation>
    </message>
    <message>
      <source>it is already returned, cleaned and ready; nothing to do</source>
      <translation>den är redan återlämnad, rengjord och klar; inget att göra</translation>
    </message>
    <message>
      <source>it is already returned; clean and check it</source>
      <translation>den är redan återlämnad; rengör och kontrollera den</translation>
    </message>
    <message>
      <source>it is already returned with a fault; send it to service</source>
      <translation>den är redan återlämnad med fel; skicka den på service</translation>
    </message>
    <message>
      <source>it is already cleaned and ready; nothing to do</source>
      <translation>den är redan rengjord och klar; inget att göra</translation>
    </message>
    <message>
      <source>it is already reported lost</source>
      <translation>den är redan förlustanmäld</translation>
    </message>
    <message>
      <source>it is already retired</source>
      <translation>den är redan kasserad</translation>
    </message>
    <message>
      <source>it is already back and ready; nothing to do</source>
      <translation>den är redan tillbaka och klar; inget att göra</translation>
    </message>
    <message>
      <source>register it back from service instead</source>
      <translation>ta emot den från service i stället</translation>
    </message>
    <message>
      <source>it is retired; set it aside</source>
      <translation>den är kasserad; lägg den åt sidan</translation>
    </message>
    <message>
      <source>send it to service first</source>
      <translation>skicka den på service först</translation>
    </message>
    <message>
      <source>return it first</source>
      <translation>återlämna den först</translation>
    </message>
    <message>
      <source>register it back from service first</source>
      <translation>ta emot den från service först</translation>
    </message>
    <message>
      <source>return it first if it has been found</source>
      <translation>återlämna den först om den har hittats</translation>
    </message>
    <message>
      <source>it is at the depot; issue it to the patient instead</source>
      <translation>den finns på hjälpmedelscentralen; låna ut den till patienten i stället</translation>
    </message>
    <message>
      <source>it is already in service</source>
      <translation>den är redan på service</translation>
    </message>
    <message>
      <source>a transport loan comes back to the lending counter; return it</source>
      <translation>ett transportlån återlämnas där det lånades ut; återlämna den</translation>
    </message>
    <message>
      <source>return it from the unit first</source>
      <translation>återlämna den från enheten först</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>klar för utlån</translation>
    </message>
    <message>
      <source>on loan</source>
      <translation>utlånad</translation>
    </message>
    <message>
      <source>on transport loan</source>
      <translation>utlånad för transport</translation>
    </message>
    <message>
      <source>in a unit's stock</source>
      <translation>i buffertlager</translation>
    </message>
    <message>
      <source>awaiting cleaning</source>
      <translation>i väntan på rengöring</translation>
    </message>
    <message>
      <source>faulty</source>
      <translation>felanmäld</translation>
    </message>
    <message>
      <source>in service</source>
      <translation>på service</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>förlorad</translation>
    </message>
    <message>
      <source>it can be issued</source>
      <translation>den kan lånas ut</translation>
    </message>
    <message>
      <source>clean and check it first</source>
      <translation>rengör och kontrollera den först</translation>
    </message>
    <message>
      <source>it is retired and cannot be used again</source>
      <translation>den är kasserad och kan inte användas igen</translation>
    </message>
    <message>
      <source>buffer stock target set</source>
      <translation>buffertlagrets mål satt</translation>
    </message>
    <message>
      <source>larger buffer stock requested</source>
      <translation>större buffertlager begärt</translation>
    </message>
    <message>
      <source>buffer stock request decided</source>
      <translation>begäran om buffertlager avgjord</translation>
    </message>
    <message>
      <source>replenishment run</source>
      <translation>lagerpåfyllnad körd</translation>
    </message>
    <message>
      <source>sync conflict resolved</source>
      <translation>synkkonflikt åtgärdad</translation>
    </message>
    <message>
      <source>Sweden</source>
      <translation>Sverige</translation>
    </message>
    <message>
      <source>Norway</source>
      <translation>Norge</translation>
    </message>
    <message>
      <source>the birth date would make the person older than 120 years; check the number</source>
      <translation>födelsedatumet skulle göra personen äldre än 120 år; kontrollera numret</translation>
    </message>
    <message>
      <source>hospital inpatient unit</source>
      <translation>slutenvårdsenhet på sjukhus</translation>
    </message>
    <message>
      <source>hospital outpatient unit</source>
      <translation>öppenvårdsenhet på sjukhus</translation>
    </message>
    <message>
      <source>primary care unit</source>
      <translation>hälsovalsenhet</translation>
    </message>
    <message>
      <source>municipality</source>
      <translation>kommun</translation>
    </message>
    <message>
      <source>asylum unit</source>
      <translation>asylenhet</translation>
    </message>
    <message>
      <source>received back from another counter</source>
      <translation>mottagen tillbaka från en annan disk</translation>
    </message>
    <message>
      <source>receive back</source>
      <translation>ta emot tillbaka</translation>
    </message>
    <message>
      <source>it is already returned and on its way back to the counter that lent it; send it there</source>
      <translation>den är redan återlämnad och på väg tillbaka till disken som lånade ut den; skicka den dit</translation>
    </message>
    <message>
      <source>it is already received; clean and check it</source>
      <translation>den är redan mottagen; rengör och kontrollera den</translation>
    </message>
    <message>
      <source>it is already received, with a fault; send it to service</source>
      <translation>den är redan mottagen, med ett fel; skicka den på service</translation>
    </message>
    <message>
      <source>the counter that lent it receives it first</source>
      <translation>disken som lånade ut den tar först emot den</translation>
    </message>
    <message>
      <source>it has not been returned yet; return it</source>
      <translation>den är inte återlämnad än; återlämna den</translation>
    </message>
    <message>
      <source>on its way back to the lending counter</source>
      <translation>på väg tillbaka till den utlånande disken</translation>
    </message>
    <message>
      <source>send it back to the counter that lent it, which receives it</source>
      <translation>skicka den tillbaka till disken som lånade ut den, som tar emot den</translation>
    </message>
    <message>
      <source>two records of one person merged</source>
      <translation>två poster för samma person sammanslagna</translation>
    </message>
    <message>
      <source>personal data protected</source>
      <translation>personuppgifter skyddade</translation>
    </message>
    <message>
      <source>The name</source>
      <translation>Namnet</translation>
    </message>
    <message>
      <source>The patient identity</source>
      <translation>Patientens identitet</translation>
    </message>
    <message>
      <source>The approval reference</source>
      <translation>Beslutsreferensen</translation>
    </message>
    <message>
      <source>The prescriber</source>
      <translation>Förskrivaren</translation>
    </message>
    <message>
      <source>A consumable</source>
      <translation>En förbrukningsartikel</translation>
    </message>
    <message>
      <source>The make</source>
      <translation>Fabrikatet</translation>
    </message>
    <message>
      <source>The customer number</source>
      <translation>Kundnumret</translation>
    </message>
    <message>
      <source>The fault category</source>
      <translation>Felkategorin</translation>
    </message>
    <message>
      <source>The fault description</source>
      <translation>Felbeskrivningen</translation>
    </message>
    <message>
      <source>The registration number</source>
      <translation>Registreringsnumret</translation>
    </message>
    <message>
      <source>The scan</source>
      <translation>Skanningen</translation>
    </message>
    <message>
      <source>there is no such file or folder</source>
      <translation>det finns ingen sådan fil eller mapp</translation>
    </message>
    <message>
      <source>part of the path is not a folder</source>
      <translation>en del av sökvägen är ingen mapp</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>det är en mapp</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>åtkomst nekad</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>disken är skrivskyddad</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>disken rapporterade ett fel</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>namnet är för långt</translation>
    </message>
    <message>
      <source>The contact person</source>
      <translation>Kontaktpersonen</translation>
    </message>
    <message>
      <source>The model code</source>
      <translation>Modellkoden</translation>
    </message>
    <message>
      <source>Who asks</source>
      <translation>Den som frågar</translation>
    </message>
    <message>
      <source>The reason</source>
      <translation>Skälet</translation>
    </message>
    <message>
      <source>The note</source>
      <translation>Anteckningen</translation>
    </message>
    <message>
      <source>The search</source>
      <translation>Sökningen</translation>
    </message>
    <message>
      <source>ahead</source>
      <translation>före</translation>
    </message>
    <message>
      <source>behind</source>
      <translation>efter</translation>
    </message>
    <message>
      <source>staff member added or changed</source>
      <translation>personal tillagd eller ändrad</translation>
    </message>
    <message>
      <source>product area defined</source>
      <translation>produktområde definierat</translation>
    </message>
    <message>
      <source>prescriber added or changed</source>
      <translation>förskrivare tillagd eller ändrad</translation>
    </message>
    <message>
      <source>Förskrivare (prescribes within their product areas)</source>
      <translation>Förskrivare (förskriver inom sina produktområden)</translation>
    </message>
    <message>
      <source>Beställare (orders, never prescribes)</source>
      <translation>Beställare (beställer, förskriver aldrig)</translation>
    </message>
    <message>
      <source>Läkare (prescribes in every product area)</source>
      <translation>Läkare (förskriver inom alla produktområden)</translation>
    </message>
    <message>
      <source>Diabetes</source>
      <translation>Diabetes</translation>
    </message>
    <message>
      <source>Incontinence, bladder and bowel dysfunction</source>
      <translation>Inkontinens, blås- och tarmdysfunktion</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>Nutrition</translation>
    </message>
    <message>
      <source>Nutrition – tube feeding accessories</source>
      <translation>Nutrition – Sondmatningstillbehör</translation>
    </message>
    <message>
      <source>Stoma</source>
      <translation>Stomi</translation>
    </message>
    <message>
      <source>Enteral nutrition pumps</source>
      <translation>Enteral nutrition (pumpar)</translation>
    </message>
    <message>
      <source>Subcutaneous infusion</source>
      <translation>Subkutan infusion</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>E-postadressen</translation>
    </message>
    <message>
      <source>The phone number</source>
      <translation>Telefonnumret</translation>
    </message>
    <message>
      <source>The product area</source>
      <translation>Produktområdet</translation>
    </message>
    <message>
      <source>counter</source>
      <translation>disk</translation>
    </message>
    <message>
      <source>technician</source>
      <translation>tekniker</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>administratör</translation>
    </message>
    <message>
      <source>The staff number</source>
      <translation>Personalnumret</translation>
    </message>
    <message>
      <source>change the depot's settings</source>
      <translation>ändra depåns inställningar</translation>
    </message>
    <message>
      <source>type a personnummer, samordningsnummer, fødselsnummer, D-nummer, 'LMA' with birth date and LMA number, birth date and name followed by '- UT', or 'protected'</source>
      <translation>ange ett personnummer, samordningsnummer, fødselsnummer, D-nummer, 'LMA' med födelsedatum och LMA-nummer, födelsedatum och namn följt av '- UT', eller 'skyddad'</translation>
    </message>
    <message>
      <source>this database</source>
      <translation>den här databasen</translation>
    </message>
    <message>
      <source>the other copy</source>
      <translation>den andra kopian</translation>
    </message>
    <message>
      <source>UDI production data recorded</source>
      <translation>UDI:ns produktionsuppgifter registrerade</translation>
    </message>
    <message>
      <source>recall recorded</source>
      <translation>återkallelse registrerad</translation>
    </message>
    <message>
      <source>recall action done</source>
      <translation>återkallelsens åtgärd utförd</translation>
    </message>
    <message>
      <source>inspect</source>
      <translation>kontrollera</translation>
    </message>
    <message>
      <source>update software</source>
      <translation>uppdatera programvaran</translation>
    </message>
    <message>
      <source>replace a part</source>
      <translation>byta en del</translation>
    </message>
    <message>
      <source>withdraw</source>
      <translation>ta ur bruk</translation>
    </message>
    <message>
      <source>inspect it</source>
      <translation>kontrollera den</translation>
    </message>
    <message>
      <source>update its software</source>
      <translation>uppdatera dess programvara</translation>
    </message>
    <message>
      <source>replace the part</source>
      <translation>byt delen</translation>
    </message>
    <message>
      <source>withdraw it from use</source>
      <translation>ta den ur bruk</translation>
    </message>
    <message>
      <source>in the depot</source>
      <translation>i depån</translation>
    </message>
    <message>
      <source>with patients</source>
      <translation>hos patienter</translation>
    </message>
    <message>
      <source>done</source>
      <translation>klar</translation>
    </message>
    <message>
      <source>The recall title</source>
      <translation>Återkallelsens rubrik</translation>
    </message>
    <message>
      <source>The serial range</source>
      <translation>Serienummerintervallet</translation>
    </message>
    <message>
      <source>The recall reference</source>
      <translation>Återkallelsens referens</translation>
    </message>
    <message>
      <source>The serial number</source>
      <translation>Serienumret</translation>
    </message>
    <message>
      <source>The lot</source>
      <translation>Batchnumret</translation>
    </message>
    <message>
      <source>The first production date</source>
      <translation>Första tillverkningsdatum</translation>
    </message>
    <message>
      <source>The last production date</source>
      <translation>Sista tillverkningsdatum</translation>
    </message>
    <message>
      <source>payer added or changed</source>
      <translation>betalare tillagd eller ändrad</translation>
    </message>
    <message>
      <source>unit's payer set</source>
      <translation>enhetens betalare angiven</translation>
    </message>
    <message>
      <source>The invoice reference</source>
      <translation>Fakturareferensen</translation>
    </message>
    <message>
      <source>The invoice address</source>
      <translation>Fakturaadressen</translation>
    </message>
    <message>
      <source>The payer</source>
      <translation>Betalaren</translation>
    </message>
    <message>
      <source>a person not yet in this register</source>
      <translation>en person som ännu inte finns i registret här</translation>
    </message>
    <message>
      <source>the unit's buffer stock</source>
      <translation>enhetens buffertlager</translation>
    </message>
    <message>
      <source>patient loan</source>
      <translation>patientlån</translation>
    </message>
    <message>
      <source>transport loan</source>
      <translation>transportlån</translation>
    </message>
    <message>
      <source>unit buffer stock</source>
      <translation>buffertlager på enhet</translation>
    </message>
    <message>
      <source>repair</source>
      <translation>reparation</translation>
    </message>
    <message>
      <source>preventive maintenance</source>
      <translation>förebyggande underhåll</translation>
    </message>
    <message>
      <source>The first day</source>
      <translation>Första dagen</translation>
    </message>
    <message>
      <source>The last day</source>
      <translation>Sista dagen</translation>
    </message>
    <message>
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <source>Loan type</source>
      <translation>Låneform</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Ansvarig enhet</translation>
    </message>
    <message>
      <source>Prescriber</source>
      <translation>Förskrivare</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Godkännande</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Händelse</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <source>the depot's own shelves</source>
      <translation>depåns egna hyllor</translation>
    </message>
    <message>
      <source>stocktake started</source>
      <translation>inventering startad</translation>
    </message>
    <message>
      <source>pump counted in a stocktake</source>
      <translation>pump inventerad</translation>
    </message>
    <message>
      <source>stocktake finished</source>
      <translation>inventering avslutad</translation>
    </message>
    <message>
      <source>change how often stocks are counted</source>
      <translation>ändra hur ofta lager inventeras</translation>
    </message>
    <message>
      <source>The period's first day</source>
      <translation>Periodens första dag</translation>
    </message>
    <message>
      <source>The period's last day</source>
      <translation>Periodens sista dag</translation>
    </message>
    <message>
      <source>Urgent delivery</source>
      <translation>Akutleverans</translation>
    </message>
    <message>
      <source>Express delivery</source>
      <translation>Expressleverans</translation>
    </message>
    <message>
      <source>Nutrition products delivered outside the region</source>
      <translation>Näringsprodukter levererade utanför regionen</translation>
    </message>
    <message>
      <source>standard delivery</source>
      <translation>standardleverans</translation>
    </message>
    <message>
      <source>leaving the order outside the door</source>
      <translation>att ställa leveransen utanför dörren</translation>
    </message>
    <message>
      <source>delivery to a pickup point</source>
      <translation>leverans till utlämningsställe</translation>
    </message>
    <message>
      <source>urgent delivery</source>
      <translation>akutleverans</translation>
    </message>
    <message>
      <source>express delivery</source>
      <translation>expressleverans</translation>
    </message>
    <message>
      <source>joint delivery</source>
      <translation>samleverans</translation>
    </message>
    <message>
      <source>delivery on the route's days</source>
      <translation>leverans på turens dagar</translation>
    </message>
    <message>
      <source>collection at the counter</source>
      <translation>uthämtning i disken</translation>
    </message>
    <message>
      <source>stocked (procured, in stock)</source>
      <translation>lagerlagd (upphandlad, i lager)</translation>
    </message>
    <message>
      <source>outside the assortment</source>
      <translation>utanför sortimentet</translation>
    </message>
    <message>
      <source>from the pharmacy (not the depot's)</source>
      <translation>från apoteket (inte centralens)</translation>
    </message>
    <message>
      <source>An article</source>
      <translation>En artikel</translation>
    </message>
    <message>
      <source>The pack</source>
      <translation>Förpackningen</translation>
    </message>
    <message>
      <source>The article number</source>
      <translation>Artikelnumret</translation>
    </message>
    <message>
      <source>article added or changed</source>
      <translation>artikel tillagd eller ändrad</translation>
    </message>
    <message>
      <source>consumables prescribed</source>
      <translation>förbrukningsartiklar förskrivna</translation>
    </message>
    <message>
      <source>consumables ordered</source>
      <translation>förbrukningsartiklar beställda</translation>
    </message>
    <message>
      <source>order of consumables moved on</source>
      <translation>beställning av förbrukningsartiklar flyttad vidare</translation>
    </message>
    <message>
      <source>order of consumables justified</source>
      <translation>beställning av förbrukningsartiklar motiverad</translation>
    </message>
    <message>
      <source>awaiting the prescriber's justification</source>
      <translation>väntar på förskrivarens motivering</translation>
    </message>
    <message>
      <source>picked</source>
      <translation>plockad</translation>
    </message>
    <message>
      <source>dispatched</source>
      <translation>skickad</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>levererad</translation>
    </message>
    <message>
      <source>collected</source>
      <translation>hämtad</translation>
    </message>
    <message>
      <source>returned uncollected</source>
      <translation>returnerad, ej uthämtad</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>makulerad</translation>
    </message>
    <message>
      <source>special housing</source>
      <translation>särskilt boende</translation>
    </message>
    <message>
      <source>The street address</source>
      <translation>Gatuadressen</translation>
    </message>
    <message>
      <source>The postcode</source>
      <translation>Postnumret</translation>
    </message>
    <message>
      <source>The town</source>
      <translation>Postorten</translation>
    </message>
    <message>
      <source>The c/o name</source>
      <translation>C/o-namnet</translation>
    </message>
    <message>
      <source>The door code</source>
      <translation>Portkoden</translation>
    </message>
    <message>
      <source>Whom the notice goes to</source>
      <translation>Mottagaren av aviseringen</translation>
    </message>
    <message>
      <source>The pickup point</source>
      <translation>Utlämningsstället</translation>
    </message>
    <message>
      <source>The opening hours</source>
      <translation>Öppettiderna</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="132" />
      <location filename="../../app/gui/tabs/stock_widgets.py" line="146" />
      <source>Plan</source>
      <extracomment>The Plan button's text and key, as the summary tells the counter to press it.</extracomment>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="134" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="134" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="134" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="147" />
      <source>Press {plan} to see which pumps the next run would send.</source>
      <translation>Tryck {plan} för att se vilka pumpar nästa körning skulle skicka.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="157" />
      <source>{pumps} pumps to {units} units. Not sent yet: check the list, then {dispatch}.</source>
      <translation>{pumps} pumpar till {units} enheter. Inte skickat än: kontrollera listan och välj sedan {dispatch}.</translation>
    </message>
    <message>
      <source>Press Plan (Alt+P) to see which pumps the next run would send.</source>
      <translation type="vanished">Tryck Planera (Alt+P) för att se vilka pumpar nästa körning skulle skicka.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="154" />
      <source>Plan for {day}</source>
      <translation>Plan för {day}</translation>
    </message>
    <message>
      <source>{pumps} pumps to {units} units. Not sent yet: check the list, then Dispatch (Alt+D).</source>
      <translation type="vanished">{pumps} pumpar till {units} enheter. Inte skickat än: kontrollera listan och välj sedan Skicka (Alt+D).</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="161" />
      <source>Nothing to send: every unit has its target, or there are no ready pumps for what is short.</source>
      <translation>Inget att skicka: varje enhet har sitt mål, eller så finns inga klara pumpar för det som fattas.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="166" />
      <source>Short: {unit} needs {missing} more {model} — not enough ready pumps</source>
      <translation>Brist: {unit} behöver {missing} till av {model} — för få klara pumpar</translation>
    </message>
  </context>
  <context>
    <name>PrescriberEditor</name>
    <message>
      <location filename="../../app/gui/registers.py" line="49" />
      <source>Customer numbers, e.g. 602154, 604001</source>
      <translation>Kundnummer, t.ex. 602154, 604001</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="53" />
      <source>&amp;Save changes</source>
      <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="55" />
      <location filename="../../app/gui/registers.py" line="104" />
      <source>Make &amp;inactive</source>
      <translation>Gör &amp;inaktiv</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="60" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="61" />
      <source>Role:</source>
      <translation>Roll:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="62" />
      <source>Units:</source>
      <translation>Enheter:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="63" />
      <source>Direct phone:</source>
      <translation>Direkttelefon:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="64" />
      <source>E-mail:</source>
      <translation>E-post:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="105" />
      <source>Make &amp;active</source>
      <translation>Gör &amp;aktiv</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="121" />
      <source>Saved: {prescriber}</source>
      <translation>Sparat: {prescriber}</translation>
    </message>
  </context>
  <context>
    <name>Print</name>
    <message>
      <source>Loan of treatment aids</source>
      <translation>Utlåning av hjälpmedel</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
      <source>Patient loan</source>
      <translation>Patientlån</translation>
    </message>
    <message>
      <source>Transport loan</source>
      <translation>Transportlån</translation>
    </message>
    <message>
      <source>Unit buffer stock</source>
      <translation>Buffertlager på enhet</translation>
    </message>
    <message>
      <source>Loan type</source>
      <translation>Lånetyp</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Utlånad</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Utlånad av</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Identity number</source>
      <translation>Identitetsnummer</translation>
    </message>
    <message>
      <source>Recipient: responsible unit</source>
      <translation>Mottagare: ansvarig enhet</translation>
    </message>
    <message>
      <source>Responsible unit and prescriber</source>
      <translation>Ansvarig enhet och förskrivare</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <source>Customer no.</source>
      <translation>Kundnr</translation>
    </message>
    <message>
      <source>Billed to customer no.</source>
      <translation>Faktureras kundnr</translation>
    </message>
    <message>
      <source>c/o: the person at the unit who takes delivery</source>
      <translation>c/o: den person på enheten som tar emot leveransen</translation>
    </message>
    <message>
      <source>Prescribing doctor</source>
      <translation>Förskrivande läkare</translation>
    </message>
    <message>
      <source>Approval reference</source>
      <translation>Godkännandereferens</translation>
    </message>
    <message>
      <source>Registration no.</source>
      <translation>Registreringsnr</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Serial no.</source>
      <translation>Serienr</translation>
    </message>
    <message>
      <source>Pumps</source>
      <translation>Pumpar</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Inget.</translation>
    </message>
    <message>
      <source>Consumables handed out</source>
      <translation>Utlämnat förbrukningsmaterial</translation>
    </message>
    <message>
      <source>Pumps with the depot's registration label always go back to the depot to be checked and cleaned before the next loan.</source>
      <translation>Pumpar med hjälpmedelscentralens registreringsetikett återlämnas alltid till hjälpmedelscentralen för kontroll och rengöring före nästa utlån.</translation>
    </message>
    <message>
      <source>Return terms</source>
      <translation>Villkor för återlämning</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Underskrift</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Name in block letters</source>
      <translation>Namnförtydligande</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Underskrifter</translation>
    </message>
    <message>
      <source>Pump label</source>
      <translation>Pumpetikett</translation>
    </message>
    <message>
      <source>Loan receipt</source>
      <translation>Lånebekräftelse</translation>
    </message>
    <message>
      <source>Transport loan receipt</source>
      <translation>Lånebekräftelse för transportlån</translation>
    </message>
    <message>
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <source>Pumps ({count})</source>
      <translation>Pumpar ({count})</translation>
    </message>
    <message>
      <source>Serial no. {serial}</source>
      <translation>Serienr {serial}</translation>
    </message>
    <message>
      <source>Customer no. {number}</source>
      <translation>Kundnr {number}</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Ansvarig enhet</translation>
    </message>
    <message>
      <source>{count} × {name}</source>
      <translation>{count} × {name}</translation>
    </message>
    <message>
      <source>Return the pump to the lending counter right after the transport.</source>
      <translation>Återlämna pumpen där den lånades ut direkt efter transporten.</translation>
    </message>
    <message>
      <source>Return the pump to the depot when the treatment has ended.</source>
      <translation>Återlämna pumpen till hjälpmedelscentralen när behandlingen är avslutad.</translation>
    </message>
    <message>
      <source>Clean the pump and remove all disposables before returning it.</source>
      <translation>Rengör pumpen och ta bort allt engångsmaterial innan den återlämnas.</translation>
    </message>
    <message>
      <source>If the pump has a fault, attach a note describing it.</source>
      <translation>Om pumpen har fel, bifoga en beskrivning av felet.</translation>
    </message>
    <message>
      <source>Returning the pump</source>
      <translation>Återlämning av pumpen</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öppettider</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <source>Issued by {name}</source>
      <translation>Utlånad av {name}</translation>
    </message>
    <message>
      <source>Packing slip</source>
      <translation>Följesedel</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Skickad</translation>
    </message>
    <message>
      <source>Shipped by</source>
      <translation>Skickad av</translation>
    </message>
    <message>
      <source>Number of pumps</source>
      <translation>Antal pumpar</translation>
    </message>
    <message>
      <source>To the unit's buffer stock</source>
      <translation>Till enhetens buffertlager</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>Kontaktperson</translation>
    </message>
    <message>
      <source>The unit is responsible for these pumps until they are prescribed to a patient, and bears the cost of any pump that is lost.</source>
      <translation>Enheten ansvarar för pumparna tills de förskrivs till en patient och har ekonomiskt ansvar för pumpar som kommer bort.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Mottagen</translation>
    </message>
    <message>
      <source>Received by the unit</source>
      <translation>Mottaget av enheten</translation>
    </message>
    <message>
      <source>Check the pumps against this slip and tick each one. Report anything missing or damaged to the depot the same day.</source>
      <translation>Kontrollera pumparna mot följesedeln och bocka av varje pump. Meddela hjälpmedelscentralen samma dag om något saknas eller är skadat.</translation>
    </message>
    <message>
      <source>not verified against the prescriber register</source>
      <translation>ej kontrollerad mot förskrivarregistret</translation>
    </message>
    <message>
      <source>Staff card</source>
      <translation>Personalkort</translation>
    </message>
    <message>
      <source>Staff number {number}</source>
      <translation>Personalnummer {number}</translation>
    </message>
    <message>
      <source>14-day pack</source>
      <translation>14-dagarsförpackning</translation>
    </message>
    <message>
      <source>Send the pumps in your stock back to the depot now. For each pump with a patient, contact the patient and arrange an exchange: the depot lends a replacement pump. Until then the pump must not be lent to anyone else.</source>
      <translation>Skicka genast tillbaka pumparna i ert lager till hjälpmedelscentralen. Kontakta varje patient som har en av pumparna och ordna ett byte: hjälpmedelscentralen lånar ut en ersättningspump. Till dess får pumpen inte lånas ut till någon annan.</translation>
    </message>
    <message>
      <source>A patient with a protected identity is named only as "protected identity": the unit is the contact for that patient.</source>
      <translation>En patient med skyddade personuppgifter anges endast som "skyddad identitet": enheten är kontakt för den patienten.</translation>
    </message>
    <message>
      <source>The pumps must be inspected as the notice says before they are used again.</source>
      <translation>Pumparna ska kontrolleras enligt säkerhetsmeddelandet innan de används igen.</translation>
    </message>
    <message>
      <source>The pumps' software must be updated before they are used again.</source>
      <translation>Pumparnas programvara ska uppdateras innan de används igen.</translation>
    </message>
    <message>
      <source>A part of the pumps must be replaced before they are used again.</source>
      <translation>En del i pumparna ska bytas innan de används igen.</translation>
    </message>
    <message>
      <source>The pumps are withdrawn from use and will not be used again.</source>
      <translation>Pumparna tas ur bruk och ska inte användas igen.</translation>
    </message>
    <message>
      <source>Recall {reference}</source>
      <translation>Återkallelse {reference}</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Batch</translation>
    </message>
    <message>
      <source>Return this letter to the depot when every pump listed has been sent back or exchanged.</source>
      <translation>Skicka tillbaka detta brev till hjälpmedelscentralen när alla pumpar i listan har skickats tillbaka eller bytts.</translation>
    </message>
    <message>
      <source>To the responsible unit</source>
      <translation>Till ansvarig enhet</translation>
    </message>
    <message>
      <source>What the unit must do</source>
      <translation>Vad enheten ska göra</translation>
    </message>
    <message>
      <source>Patient, loan no.</source>
      <translation>Patient, lånenr</translation>
    </message>
    <message>
      <source>protected identity (contact: the unit)</source>
      <translation>skyddad identitet (kontakt: enheten)</translation>
    </message>
    <message>
      <source>Confirmation to the depot</source>
      <translation>Bekräftelse till hjälpmedelscentralen</translation>
    </message>
    <message>
      <source>Field safety notice</source>
      <translation>Säkerhetsmeddelande (FSN)</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Om</translation>
    </message>
    <message>
      <source>In the unit's stock ({count})</source>
      <translation>I enhetens lager ({count})</translation>
    </message>
    <message>
      <source>With the unit's patients ({count})</source>
      <translation>Hos enhetens patienter ({count})</translation>
    </message>
    <message>
      <source>Payer and invoice address</source>
      <translation>Betalare och fakturaadress</translation>
    </message>
    <message>
      <source>Payer for {pumps}</source>
      <translation>Betalare för {pumps}</translation>
    </message>
    <message>
      <source>Invoice reference</source>
      <translation>Fakturareferens</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <source>Pumps out now</source>
      <translation>Pumpar ute nu</translation>
    </message>
    <message>
      <source>Loans started and ended</source>
      <translation>Lån startade och avslutade</translation>
    </message>
    <message>
      <source>Lost pumps charged per unit</source>
      <translation>Förlorade pumpar debiterade per enhet</translation>
    </message>
    <message>
      <source>Faults and time in service</source>
      <translation>Fel och tid på service</translation>
    </message>
    <message>
      <source>Preventive maintenance done and due</source>
      <translation>Förebyggande underhåll gjort och förfallet</translation>
    </message>
    <message>
      <source>Replenishment runs and shortages</source>
      <translation>Påfyllningskörningar och brister</translation>
    </message>
    <message>
      <source>Per unit and model</source>
      <translation>Per enhet och modell</translation>
    </message>
    <message>
      <source>Per unit, product area and payer</source>
      <translation>Per enhet, produktområde och betalare</translation>
    </message>
    <message>
      <source>Lost pumps</source>
      <translation>Förlorade pumpar</translation>
    </message>
    <message>
      <source>Charged per unit</source>
      <translation>Debiterat per enhet</translation>
    </message>
    <message>
      <source>Total per payer</source>
      <translation>Summa per betalare</translation>
    </message>
    <message>
      <source>Faults per model and category</source>
      <translation>Fel per modell och kategori</translation>
    </message>
    <message>
      <source>Time in service (visits ended in the period)</source>
      <translation>Tid på service (besök avslutade under perioden)</translation>
    </message>
    <message>
      <source>Maintenance done per model</source>
      <translation>Underhåll gjort per modell</translation>
    </message>
    <message>
      <source>Maintenance due by the end of the period</source>
      <translation>Underhåll som förfaller senast vid periodens slut</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Körningar</translation>
    </message>
    <message>
      <source>Shortages per unit and model</source>
      <translation>Brister per enhet och modell</translation>
    </message>
    <message>
      <source>Model name</source>
      <translation>Modellnamn</translation>
    </message>
    <message>
      <source>With patients</source>
      <translation>Hos patienter</translation>
    </message>
    <message>
      <source>Transport loans</source>
      <translation>Transportlån</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>I förråd</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <source>Product area</source>
      <translation>Produktområde</translation>
    </message>
    <message>
      <source>Product area name</source>
      <translation>Produktområdets namn</translation>
    </message>
    <message>
      <source>Payer</source>
      <translation>Betalare</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Startade</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Avslutade</translation>
    </message>
    <message>
      <source>Loan no.</source>
      <translation>Lånenr</translation>
    </message>
    <message>
      <source>Lost on</source>
      <translation>Förlorad den</translation>
    </message>
    <message>
      <source>Replacement cost</source>
      <translation>Ersättningskostnad</translation>
    </message>
    <message>
      <source>Still lost</source>
      <translation>Fortfarande förlorad</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Debiterat</translation>
    </message>
    <message>
      <source>Without a cost</source>
      <translation>Utan kostnad angiven</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Anmäld</translation>
    </message>
    <message>
      <source>No fault found</source>
      <translation>Inget fel hittat</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>Besök</translation>
    </message>
    <message>
      <source>Average days</source>
      <translation>Dagar i snitt</translation>
    </message>
    <message>
      <source>Longest, days</source>
      <translation>Längst, dagar</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gjorda</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Förfaller</translation>
    </message>
    <message>
      <source>Overdue now</source>
      <translation>Försenade nu</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Pumps sent</source>
      <translation>Pumpar skickade</translation>
    </message>
    <message>
      <source>Units served</source>
      <translation>Enheter försörjda</translation>
    </message>
    <message>
      <source>Pumps short</source>
      <translation>Pumpar som saknades</translation>
    </message>
    <message>
      <source>Runs short</source>
      <translation>Körningar med brist</translation>
    </message>
    <message>
      <source>Alarm</source>
      <translation>Larm</translation>
    </message>
    <message>
      <source>Display</source>
      <translation>Display</translation>
    </message>
    <message>
      <source>Battery or charging</source>
      <translation>Batteri eller laddning</translation>
    </message>
    <message>
      <source>Mechanical</source>
      <translation>Mekaniskt</translation>
    </message>
    <message>
      <source>Damaged or dirty</source>
      <translation>Skadad eller smutsig</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>Made {when}</source>
      <translation>Skapad {when}</translation>
    </message>
    <message>
      <source>As things stand on {day}</source>
      <translation>Läget den {day}</translation>
    </message>
    <message>
      <source>Period {start} to {end}</source>
      <translation>Period {start} till {end}</translation>
    </message>
    <message>
      <source>Unit {unit}</source>
      <translation>Enhet {unit}</translation>
    </message>
    <message>
      <source>Nothing in this period.</source>
      <translation>Inget under perioden.</translation>
    </message>
    <message>
      <source>Address label</source>
      <translation>Adressetikett</translation>
    </message>
    <message>
      <source>The patient</source>
      <translation>Patienten</translation>
    </message>
    <message>
      <source>A relative</source>
      <translation>En närstående</translation>
    </message>
    <message>
      <source>Care staff</source>
      <translation>Vårdpersonal</translation>
    </message>
    <message>
      <source>The prescriber</source>
      <translation>Förskrivaren</translation>
    </message>
    <message>
      <source>Standard delivery</source>
      <translation>Standardleverans</translation>
    </message>
    <message>
      <source>From: {depot}</source>
      <translation>Från: {depot}</translation>
    </message>
    <message>
      <source>c/o {name}</source>
      <translation>c/o {name}</translation>
    </message>
    <message>
      <source>Phone {phone}</source>
      <translation>Tel. {phone}</translation>
    </message>
    <message>
      <source>Outside the assortment: not returnable, an extra cost for the payer</source>
      <translation>Utanför sortimentet: kan inte returneras, extra kostnad för betalaren</translation>
    </message>
    <message>
      <source>Picking list</source>
      <translation>Plocklista</translation>
    </message>
    <message>
      <source>Recipient: the prescribing unit</source>
      <translation>Mottagare: förskrivande enhet</translation>
    </message>
    <message>
      <source>Deliver to</source>
      <translation>Leverans till</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Plockat</translation>
    </message>
    <message>
      <source>Article no.</source>
      <translation>Artikelnr</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Antal</translation>
    </message>
    <message>
      <source>Pack</source>
      <translation>Förpackning</translation>
    </message>
    <message>
      <source>Articles to pick</source>
      <translation>Artiklar att plocka</translation>
    </message>
    <message>
      <source>Picked and checked</source>
      <translation>Plockat och kontrollerat</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Beställt</translation>
    </message>
    <message>
      <source>Ordered by</source>
      <translation>Beställt av</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Registrerat av</translation>
    </message>
    <message>
      <source>Lines to pick</source>
      <translation>Rader att plocka</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Leverans</translation>
    </message>
    <message>
      <source>Picked by</source>
      <translation>Plockat av</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>Kontrollerat av</translation>
    </message>
    <message>
      <source>customer no. {number}</source>
      <translation>kundnr {number}</translation>
    </message>
    <message>
      <source>articles {articles}</source>
      <translation>artiklarna {articles}</translation>
    </message>
    <message>
      <source>Extra cost for {payer}: {articles} outside the assortment</source>
      <translation>Extra kostnad för {payer}: {articles} utanför sortimentet</translation>
    </message>
    <message>
      <source>On the depot's own shelves</source>
      <translation>På depåns egna hyllor</translation>
    </message>
    <message>
      <source>Stocktake differences</source>
      <translation>Inventeringsdifferenser</translation>
    </message>
    <message>
      <source>Counts finished in the period</source>
      <translation>Inventeringar avslutade under perioden</translation>
    </message>
    <message>
      <source>Differences and how they were resolved</source>
      <translation>Differenser och hur de åtgärdades</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Inventering</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>Place name</source>
      <translation>Platsens namn</translation>
    </message>
    <message>
      <source>Count started</source>
      <translation>Påbörjad</translation>
    </message>
    <message>
      <source>Count finished</source>
      <translation>Avslutad</translation>
    </message>
    <message>
      <source>Finished by</source>
      <translation>Avslutad av</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Förväntade</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Hittade</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Saknas</translation>
    </message>
    <message>
      <source>Unexpected</source>
      <translation>Oväntade</translation>
    </message>
    <message>
      <source>Not yet resolved</source>
      <translation>Ej åtgärdad</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Differens</translation>
    </message>
    <message>
      <source>Register had it</source>
      <translation>Enligt registret</translation>
    </message>
    <message>
      <source>In the register at</source>
      <translation>Registrerad på</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Åtgärd</translation>
    </message>
    <message>
      <source>Charged to / moved to</source>
      <translation>Debiterad / flyttad till</translation>
    </message>
    <message>
      <source>Resolved on</source>
      <translation>Åtgärdad den</translation>
    </message>
    <message>
      <source>Found, not expected</source>
      <translation>Hittad, ej förväntad</translation>
    </message>
    <message>
      <source>Reported lost, charged to the unit</source>
      <translation>Förlustanmäld, debiterad enheten</translation>
    </message>
    <message>
      <source>Reported lost at the depot's cost</source>
      <translation>Förlustanmäld på depåns bekostnad</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Flyttad</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Återlämnad</translation>
    </message>
    <message>
      <source>Orders of consumables per payer</source>
      <translation>Beställningar av förbrukningsartiklar per betalare</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Beställningar</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Rader</translation>
    </message>
    <message>
      <source>Extra-cost lines</source>
      <translation>Rader med merkostnad</translation>
    </message>
    <message>
      <source>Leave outside the door</source>
      <translation>Får ställas utanför dörren</translation>
    </message>
    <message>
      <source>To the pickup point</source>
      <translation>Till utlämningsställe</translation>
    </message>
    <message>
      <source>Urgent delivery</source>
      <translation>Akutleverans</translation>
    </message>
    <message>
      <source>Express delivery</source>
      <translation>Expressleverans</translation>
    </message>
    <message>
      <source>Joint delivery</source>
      <translation>Samleverans</translation>
    </message>
    <message>
      <source>Route delivery</source>
      <translation>Leverans enligt tur</translation>
    </message>
    <message>
      <source>Collect at the counter</source>
      <translation>Hämtas i disken</translation>
    </message>
    <message>
      <source>No day promised (outside the region)</source>
      <translation>Ingen dag utlovad (utanför regionen)</translation>
    </message>
    <message>
      <source>Promised {date}</source>
      <translation>Utlovad {date}</translation>
    </message>
    <message>
      <source>Door code {code}</source>
      <translation>Portkod {code}</translation>
    </message>
    <message>
      <source>Pickup point: {point}</source>
      <translation>Utlämningsställe: {point}</translation>
    </message>
    <message>
      <source>Collect by {date}</source>
      <translation>Hämtas senast {date}</translation>
    </message>
    <message>
      <source>Prescriber {name}</source>
      <translation>Förskrivare {name}</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../app/gui/printing.py" line="155" />
      <source>Print preview: {title}</source>
      <extracomment>The document was sent to a printer or saved.</extracomment>
      <translation>Förhandsgranskning: {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="173" />
      <source>Use this printer for this kind of document</source>
      <translation>Använd den här skrivaren för den här typen av dokument</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="174" />
      <source>&amp;Print</source>
      <translation>Skriv &amp;ut</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="177" />
      <source>&amp;Save as PDF …</source>
      <translation>&amp;Spara som PDF …</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="181" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="184" />
      <source>Printer:</source>
      <translation>Skrivare:</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="209" />
      <source>Save as PDF</source>
      <translation>Spara som PDF</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../app/gui/printing.py" line="80" />
      <source>No printer is set for it.</source>
      <extracomment>A line for the status bar (printed, or not). Paper that did not print: its title and why, for the banner. What did not print was printed or saved after all. The key that opens the document that did not print, to choose a printer or save it. The last document that did not print, until it is printed or saved.</extracomment>
      <translation>Ingen skrivare är vald för den.</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="90" />
      <source>Printed {title} on {printer}</source>
      <translation>{title} har skrivits ut på {printer}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="95" />
      <source>Could not print {title}: {why}</source>
      <translation>Kunde inte skriva ut {title}: {why}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="97" />
      <source>The printer {printer} could not print it.</source>
      <translation>Skrivaren {printer} kunde inte skriva ut den.</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="102" />
      <source>{title} was not printed.</source>
      <translation>{title} skrevs inte ut.</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="107" />
      <source>Receipt {title}</source>
      <translation>Lånebekräftelse {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="107" />
      <source>Loan form {title}</source>
      <translation>Låneblankett {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="108" />
      <source>Packing slip {title}</source>
      <translation>Följesedel {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="108" />
      <source>Label {title}</source>
      <translation>Etikett {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="109" />
      <source>Picking list {title}</source>
      <translation>Plocklista {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="110" />
      <source>Address label {title}</source>
      <translation>Adressetikett {title}</translation>
    </message>
    <message>
      <source>{title} was not printed: no printer is set for it. Open it in the Pump tab to choose one.</source>
      <translation type="vanished">{title} skrevs inte ut: ingen skrivare är vald för den. Öppna den på fliken Pump för att välja en.</translation>
    </message>
  </context>
  <context>
    <name>PumpTab</name>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="42" />
      <source>Scan a pump, or search by registration, serial number, UDI or patient</source>
      <extracomment>The last search found a person: their lookback stays shown.</extracomment>
      <translation>Skanna en pump, eller sök på registreringsnummer, serienummer, UDI eller patient</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="44" />
      <location filename="../../app/gui/tabs/pump_tab.py" line="118" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="44" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="44" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="45" />
      <source>Serial number</source>
      <translation>Serienummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="45" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="56" />
      <source>State:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="56" />
      <source>Responsible unit:</source>
      <translation>Ansvarig enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="57" />
      <source>Patient:</source>
      <translation>Patient:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="57" />
      <source>Loan:</source>
      <translation>Lån:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="58" />
      <source>Serial number:</source>
      <translation>Serienummer:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="58" />
      <source>UDI:</source>
      <translation>UDI:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="59" />
      <source>Lot, made, expires:</source>
      <translation>Batch, tillverkad, utgår:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="60" />
      <source>Next maintenance:</source>
      <translation>Nästa underhåll:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="61" />
      <source>Open faults:</source>
      <translation>Öppna felanmälningar:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="66" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="66" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="66" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="67" />
      <source>Workstation</source>
      <translation>Arbetsstation</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="67" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="69" />
      <source>&amp;Receipt …</source>
      <translation>&amp;Lånebekräftelse …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="71" />
      <source>Loan &amp;form …</source>
      <translation>Låne&amp;blankett …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="73" />
      <source>&amp;Label …</source>
      <translation>&amp;Etikett …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="77" />
      <source>P&amp;erson …</source>
      <translation>&amp;Person …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="79" />
      <source>Find a person by any identity number they have had; convert or protect them</source>
      <translation>Hitta en person med vilket identitetsnummer de än har haft; konvertera eller skydda personen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="82" />
      <source>Print:</source>
      <translation>Skriv ut:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="98" />
      <source>History</source>
      <translation>Historik</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="99" />
      <source>Lookback</source>
      <translation>Tillbakablick</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="114" />
      <source>Scan or search for a pump</source>
      <translation>Skanna eller sök efter en pump</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/pump_tab.py" line="176" />
      <source>%n pump(s) found</source>
      <translation>
        <numerusform>%n pump hittades</numerusform>
        <numerusform>%n pumpar hittades</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="177" />
      <source>Nothing found</source>
      <translation>Inget hittades</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="231" />
      <source>Recall {reference}</source>
      <translation>Återkallelse {reference}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="232" />
      <source>Not lent until this is done: {todo} ({title}).</source>
      <translation>Lånas inte ut förrän detta är gjort: {todo} ({title}).</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="236" />
      <source>{state} since {since}</source>
      <translation>{state} sedan {since}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="240" />
      <source>protected</source>
      <translation>skyddad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="255" />
      <source>repair</source>
      <translation>reparation</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="255" />
      <source>maintenance</source>
      <translation>underhåll</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="272" />
      <source>REFUSED: {why}</source>
      <translation>AVVISAD: {why}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="274" />
      <source>waiting for the central database</source>
      <translation>väntar på den centrala databasen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="278" />
      <source>Not found</source>
      <translation>Hittades inte</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="36" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="37" />
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="38" />
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="39" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopiera</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="40" />
      <source>&amp;Paste</source>
      <translation>Klistra &amp;in</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="41" />
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="42" />
      <source>Select All</source>
      <translation>Markera alla</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="34" />
      <source>Show Details...</source>
      <translation>Visa detaljer...</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="35" />
      <source>Hide Details...</source>
      <translation>Dölj detaljer...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="16" />
      <source>OK</source>
      <translation>Ok</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="17" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="18" />
      <source>Save All</source>
      <translation>Spara allt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="19" />
      <source>Open</source>
      <translation>Öppettider</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="20" />
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="21" />
      <source>Yes to &amp;All</source>
      <translation>Ja till &amp;allt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="22" />
      <source>&amp;No</source>
      <translation>&amp;Nej</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="23" />
      <source>N&amp;o to All</source>
      <translation>N&amp;ej till allt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="24" />
      <source>Abort</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="25" />
      <source>Retry</source>
      <translation>Försök igen</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="26" />
      <source>Ignore</source>
      <translation>Ignorera</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="27" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="28" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="29" />
      <source>Discard</source>
      <translation>Förkasta</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="30" />
      <source>Help</source>
      <translation>Hjälp</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="31" />
      <source>Apply</source>
      <translation>Verkställ</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="32" />
      <source>Reset</source>
      <translation>Nollställ</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="33" />
      <source>Restore Defaults</source>
      <translation>Nollställ till standard</translation>
    </message>
  </context>
  <context>
    <name>RecallsDialog</name>
    <message>
      <location filename="../../app/gui/recalls.py" line="50" />
      <source>Recalls</source>
      <translation>Återkallelser</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="53" />
      <source>Reference</source>
      <translation>Referens</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="53" />
      <source>Title</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="53" />
      <source>Action</source>
      <translation>Åtgärd</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="54" />
      <source>Done</source>
      <translation>Klara</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="54" />
      <location filename="../../app/gui/recalls.py" line="65" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="58" />
      <source>Choose a recall</source>
      <translation>Välj en återkallelse</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="64" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="64" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="64" />
      <source>Serial no.</source>
      <translation>Serienr</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="65" />
      <source>Lot</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="65" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="66" />
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="68" />
      <source>&amp;New recall …</source>
      <translation>&amp;Ny återkallelse …</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="70" />
      <source>&amp;Export list …</source>
      <translation>&amp;Exportera listan …</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="72" />
      <source>&amp;Letters to the units …</source>
      <translation>&amp;Brev till enheterna …</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="98" />
      <source>Recording a recall needs the administrator role</source>
      <translation>Att registrera en återkallelse kräver rollen administratör</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="115" />
      <location filename="../../app/gui/recalls.py" line="141" />
      <source>open</source>
      <translation>öppen</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="115" />
      <location filename="../../app/gui/recalls.py" line="141" />
      <source>closed</source>
      <translation>stängd</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="128" />
      <source>In the depot</source>
      <translation>I depån</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="129" />
      <source>In the stock of {unit}</source>
      <translation>I lagret hos {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="130" />
      <source>With patients of {unit}</source>
      <translation>Hos patienter till {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="131" />
      <source>Lost, answered for by {unit}</source>
      <translation>Förlorade, {unit} ansvarar</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="132" />
      <source>Done or retired</source>
      <translation>Klara eller kasserade</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="135" />
      <source>contact: {person}</source>
      <translation>kontakt: {person}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="143" />
      <source>{reference} · {title} · {action} · done {done} of {total} · {state}</source>
      <translation>{reference} · {title} · {action} · {done} av {total} klara · {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="148" />
      <source>protected identity</source>
      <translation>skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="177" />
      <source>Export the list</source>
      <translation>Exportera listan</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="178" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>Kalkylblad (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/recalls.py" line="187" />
      <source>%n pump(s) written to {path}</source>
      <translation>
        <numerusform>1 pump skriven till {path}</numerusform>
        <numerusform>%n pumpar skrivna till {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="194" />
      <source>Folder for the letters</source>
      <translation>Mapp för breven</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/recalls.py" line="203" />
      <source>%n letter(s) written to {path}</source>
      <translation>
        <numerusform>1 brev skrivet till {path}</numerusform>
        <numerusform>%n brev skrivna till {path}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Refusal</name>
    <message>
      <source>'{text}' is not a valid patient identity: {why}.</source>
      <translation>'{text}' är ingen giltig patientidentitet: {why}.</translation>
    </message>
    <message>
      <source>A protected identity has no stored history to convert.</source>
      <translation>En skyddad identitet har ingen sparad historik att konvertera.</translation>
    </message>
    <message>
      <source>A {old} can only be converted to a fuller identity, not to a {new}.</source>
      <translation>En identitet av typen {old} kan bara konverteras till en mer fullständig identitet, inte till {new}.</translation>
    </message>
    <message>
      <source>The birth dates differ ({old} and {new}); check both numbers before converting.</source>
      <translation>Födelsedatumen skiljer sig åt ({old} och {new}); kontrollera båda numren innan du konverterar.</translation>
    </message>
    <message>
      <source>An approval reference is required: give the signed loan form's or the referral's reference.</source>
      <translation>En godkännandereferens krävs: ange referensen till den underskrivna låneblanketten eller remissen.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) is billed only for asylum seekers and people without permits; give the caring unit.</source>
      <translation>{unit_name} ({unit}) faktureras bara för asylsökande och personer utan tillstånd; ange den enhet som vårdar patienten.</translation>
    </message>
    <message>
      <source>'{name}: {count}' is not a consumable pack count (0–99).</source>
      <translation>'{name}: {count}' är inget giltigt antal förpackningar förbrukningsmaterial (0–99).</translation>
    </message>
    <message>
      <source>'{item}' is not NAME=COUNT.</source>
      <translation>'{item}' har inte formen NAMN=ANTAL.</translation>
    </message>
    <message>
      <source>This patient is billed to the region's asylum unit, but none is registered: add the asylum unit (e.g. 601628) as a care unit of kind 'asylum' first.</source>
      <translation>Patienten faktureras regionens asylenhet, men ingen sådan är registrerad: lägg först upp asylenheten (t.ex. 601628) som enhet av typen 'asylum'.</translation>
    </message>
    <message>
      <source>'{text}' is not a customer number: a care unit's customer number has six digits.</source>
      <translation>'{text}' är inget kundnummer: en enhets kundnummer har sex siffror.</translation>
    </message>
    <message>
      <source>'{code}' is not a model code: use letters, digits, - _ or .</source>
      <translation>'{code}' är ingen modellkod: använd bokstäver, siffror, - _ eller .</translation>
    </message>
    <message>
      <source>The maintenance interval must be a positive number of days.</source>
      <translation type="vanished">Underhållsintervallet måste vara ett positivt antal dagar.</translation>
    </message>
    <message>
      <source>'{gtin}' is not a GTIN: give the 14 digits of AI (01).</source>
      <translation>'{gtin}' är inget GTIN: ange de 14 siffrorna i AI (01).</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: it is {state} since {since} — {advice}.</source>
      <translation>Kan inte {verb} {registration}: den är {state} sedan {since} — {advice}.</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: it is {state} at {unit} since {since} — {advice}.</source>
      <translation>Kan inte {verb} {registration}: den är {state} hos {unit} sedan {since} — {advice}.</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: its preventive maintenance was due {due} — send it to service for maintenance.</source>
      <translation>Kan inte {verb} {registration}: förebyggande underhåll skulle ha gjorts {due} — skicka den på service för underhåll.</translation>
    </message>
    <message>
      <source>Cannot {verb} to {unit_name} ({unit}): only hospital units may hold a buffer stock of pumps, not primary care or municipalities.</source>
      <translation>Kan inte {verb} till {unit_name} ({unit}): bara sjukhusenheter får ha buffertlager av pumpar, inte primärvård eller kommuner.</translation>
    </message>
    <message>
      <source>{registration} is in the stock of unit {unit}, not of {other}; prescribe it from that unit.</source>
      <translation>{registration} finns i buffertlagret hos enhet {unit}, inte hos {other}; förskriv den från den enheten.</translation>
    </message>
    <message>
      <source>{registration} is already the responsibility of {unit_name} ({unit}).</source>
      <translation>{unit_name} ({unit}) ansvarar redan för {registration}.</translation>
    </message>
    <message>
      <source>Describe the fault: what is wrong?</source>
      <translation>Beskriv felet: vad är fel?</translation>
    </message>
    <message>
      <source>Cannot mark {registration} as cleaned: it has an open fault report — send it to service first.</source>
      <translation>Kan inte markera {registration} som rengjord: den har en öppen felanmälan — skicka den på service först.</translation>
    </message>
    <message>
      <source>'{text}' cannot be a registration number: use 1–32 letters, digits, - . or /.</source>
      <translation>'{text}' kan inte vara ett registreringsnummer: använd 1–32 bokstäver, siffror, - . eller /.</translation>
    </message>
    <message>
      <source>The scan was empty or unreadable: scan again.</source>
      <translation>Skanningen var tom eller oläslig: skanna igen.</translation>
    </message>
    <message>
      <source>No pump matches '{text}': check the label and scan again, or register the pump first.</source>
      <translation>Ingen pump matchar '{text}': kontrollera etiketten och skanna igen, eller registrera pumpen först.</translation>
    </message>
    <message>
      <source>No care unit has customer number {customer_number}: check the number or add the unit.</source>
      <translation>Ingen enhet har kundnummer {customer_number}: kontrollera numret eller lägg upp enheten.</translation>
    </message>
    <message>
      <source>{key} is not in the register yet: for the first loan give the birth date too (LMA YYYYMMDD NN-NNNNNN).</source>
      <translation>{key} finns inte i registret än: ange även födelsedatum vid första lånet (LMA ÅÅÅÅMMDD NN-NNNNNN).</translation>
    </message>
    <message>
      <source>Scan at least one pump for the loan.</source>
      <translation>Skanna minst en pump till lånet.</translation>
    </message>
    <message>
      <source>'{udi}' is not a GS1 UDI with GTIN (01) and serial (21).</source>
      <translation>'{udi}' är ingen GS1-UDI med GTIN (01) och serienummer (21).</translation>
    </message>
    <message>
      <source>No pump model '{model}': see the list of models.</source>
      <translation>Pumpmodellen '{model}' finns inte: se listan över modeller.</translation>
    </message>
    <message>
      <source>{registration} is already registered; scan it to see its state.</source>
      <translation>{registration} är redan registrerad; skanna den för att se dess status.</translation>
    </message>
    <message>
      <source>That UDI already belongs to pump {registration}.</source>
      <translation>Den UDI:n tillhör redan pump {registration}.</translation>
    </message>
    <message>
      <source>'{reason}' is not a service reason: repair or maintenance.</source>
      <translation>'{reason}' är ingen serviceorsak: reparation eller underhåll.</translation>
    </message>
    <message>
      <source>{registration} was scanned twice into this loan.</source>
      <translation>{registration} skannades två gånger i det här lånet.</translation>
    </message>
    <message>
      <source>'{state}' is not a state: {states}.</source>
      <translation>'{state}' är ingen status: {states}.</translation>
    </message>
    <message>
      <source>A care unit needs a name.</source>
      <translation>En enhet måste ha ett namn.</translation>
    </message>
    <message>
      <source>'{value}' is not a {what}: choose one of {options}.</source>
      <translation>'{value}' är inte giltigt som {what}: välj ett av {options}.</translation>
    </message>
    <message>
      <source>No patient {patient} in the register: nothing to convert.</source>
      <translation type="vanished">Patienten {patient} finns inte i registret: inget att konvertera.</translation>
    </message>
    <message>
      <source>Type at least two characters to search.</source>
      <translation>Skriv minst två tecken för att söka.</translation>
    </message>
    <message>
      <source>No loan '{reference}': give a loan number, or scan a pump that is on loan.</source>
      <translation>Lånet '{reference}' finns inte: ange ett lånenummer eller skanna en pump som är utlånad.</translation>
    </message>
    <message>
      <source>Name at least one pump for the packing slip.</source>
      <translation>Ange minst en pump för följesedeln.</translation>
    </message>
    <message>
      <source>'{country}' is not a depot country: SE or NO.</source>
      <translation>'{country}' är inget land för en hjälpmedelscentral: SE eller NO.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) cannot hold a buffer stock: only hospital in- and outpatient units may, not primary care units or municipalities.</source>
      <translation>{unit_name} ({unit}) kan inte ha buffertlager: det får bara sjukhusens sluten- och öppenvårdsenheter, inte hälsovalsenheter eller kommuner.</translation>
    </message>
    <message>
      <source>A buffer stock target is a number of pumps from 0 to {most}.</source>
      <translation>Ett mål för buffertlagret är ett antal pumpar från 0 till {most}.</translation>
    </message>
    <message>
      <source>A request for a larger stock needs who asks and why.</source>
      <translation>En begäran om större lager behöver vem som frågar och varför.</translation>
    </message>
    <message>
      <source>There is no pending request '{request}'.</source>
      <translation>Det finns ingen väntande begäran '{request}'.</translation>
    </message>
    <message>
      <source>{registration} was already registered at the central database (model {model}).</source>
      <translation>{registration} var redan registrerad i den centrala databasen (modell {model}).</translation>
    </message>
    <message>
      <source>{registration} is not registered at the central database.</source>
      <translation>{registration} är inte registrerad i den centrala databasen.</translation>
    </message>
    <message>
      <source>Could not {verb} {registration} centrally: it was already {state} there.</source>
      <translation>Kunde inte {verb} {registration} centralt: den var redan {state} där.</translation>
    </message>
    <message>
      <source>Could not {verb} {registration} centrally: its loan there had changed meanwhile.</source>
      <translation>Kunde inte {verb} {registration} centralt: lånet där hade ändrats under tiden.</translation>
    </message>
    <message>
      <source>Could not {verb} {registration} centrally: a fault was reported on it meanwhile.</source>
      <translation>Kunde inte {verb} {registration} centralt: ett fel anmäldes på den under tiden.</translation>
    </message>
    <message>
      <source>The central database at {url} is reachable but has no PumpDesk schema yet: run 'pumpdesk central init' once.</source>
      <translation>Den centrala databasen på {url} svarar men saknar PumpDesks schema: kör 'pumpdesk central init' en gång.</translation>
    </message>
    <message>
      <source>Write what was done about the conflict, for the other counters.</source>
      <translation>Skriv vad som gjordes åt konflikten, för de andra diskarna.</translation>
    </message>
    <message>
      <source>Cannot reach the central database at {url}: {why}</source>
      <translation>Når inte den centrala databasen på {url}: {why}</translation>
    </message>
    <message>
      <source>'{url}' is not a usable database address: {why}</source>
      <translation type="vanished">'{url}' är ingen användbar databasadress: {why}</translation>
    </message>
    <message>
      <source>No such sync conflict.</source>
      <translation>Det finns ingen sådan synkkonflikt.</translation>
    </message>
    <message>
      <source>{actor} already resolved this conflict: {note}</source>
      <translation>{actor} har redan åtgärdat konflikten: {note}</translation>
    </message>
    <message>
      <source>The country must be Sweden or Norway.</source>
      <translation>Landet måste vara Sverige eller Norge.</translation>
    </message>
    <message>
      <source>There is no password store on this computer ({why}): use a client certificate or libpq's password file instead.</source>
      <translation>Datorn har inget lösenordsvalv ({why}): använd ett klientcertifikat eller libpq:s lösenordsfil i stället.</translation>
    </message>
    <message>
      <source>A {kind} is not used at a depot in {country}: check the number, or register the person with an identity this depot uses.</source>
      <translation>Ett {kind} används inte vid ett förråd i {country}: kontrollera numret, eller registrera personen med en identitet som förrådet använder.</translation>
    </message>
    <message>
      <source>'{language}' is not a printout language: sv, nb or en.</source>
      <translation>'{language}' är inte ett utskriftsspråk: sv, nb eller en.</translation>
    </message>
    <message>
      <source>The prescription {approval} was already used for loan {loan}: a prescription for a protected identity is good for one withdrawal only. A new prescription is needed.</source>
      <translation>Förskrivningen {approval} har redan använts för lån {loan}: en förskrivning till en person med skyddade personuppgifter gäller för ett uttag. En ny förskrivning behövs.</translation>
    </message>
    <message>
      <source>A loan must be started in specialist care: {unit_name} ({unit}) is neither a specialist-care unit nor a unit with an agreement with the health region. The GP or nursing-home doctor must contact the patient's specialist, who requests the pump.</source>
      <translation>Ett lån ska påbörjas i specialistvården: {unit_name} ({unit}) är varken en enhet i specialistvården eller en enhet med avtal med regionen. Husläkaren eller sjukhemsläkaren ska kontakta patientens läkare i specialistvården, som beställer pumpen.</translation>
    </message>
    <message>
      <source>'{gtin}' is not a GTIN: its check digit is wrong (it should end in {digit}); check the number on the label.</source>
      <translation>'{gtin}' är inget GTIN: kontrollsiffran är fel (den borde sluta på {digit}); kontrollera numret på etiketten.</translation>
    </message>
    <message>
      <source>The UDI's GTIN {gtin} is not one of model {model}'s GTINs ({known}): check the model, or add the GTIN to the model first.</source>
      <translation>UDI:ns GTIN {gtin} är inte ett av modell {model}s GTIN ({known}): kontrollera modellen, eller lägg först till GTIN:et på modellen.</translation>
    </message>
    <message>
      <source>Care responsibility for {registration} cannot move to {unit_name} ({unit}): it is billed for asylum seekers and people without permits, but it is not a care unit. Give the unit that takes over the care.</source>
      <translation>Vårdansvaret för {registration} kan inte flyttas till {unit_name} ({unit}): den faktureras för asylsökande och personer utan tillstånd men är ingen vårdenhet. Ange den enhet som tar över vården.</translation>
    </message>
    <message>
      <source>'{text}' is a manufacturer's UDI (GTIN {gtin}, serial {serial}), not a registration number: give the number on the depot's own label.</source>
      <translation>'{text}' är en tillverkares UDI (GTIN {gtin}, serienummer {serial}), inte ett registreringsnummer: ange numret på förrådets egen etikett.</translation>
    </message>
    <message>
      <source>A request for a larger stock must ask for more than the current target of {unit_name} ({unit}) for {model}, which is {current}: to keep or lower it, change the target instead.</source>
      <translation>En ansökan om större lager måste gälla fler än nuvarande nivå för {unit_name} ({unit}) för {model}, som är {current}: för att behålla eller sänka den, ändra nivån i stället.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) cannot become a {kind}: it holds a buffer stock ({targets} model target(s), {pumps} pump(s) in stock), and only hospital units may. End its targets (set them to 0) and take its pumps back first.</source>
      <translation>{unit_name} ({unit}) kan inte bli {kind}: den har ett buffertlager ({targets} modellnivå(er), {pumps} pump(ar) i lager), och bara sjukhusenheter får ha det. Avsluta först nivåerna (sätt dem till 0) och ta tillbaka pumparna.</translation>
    </message>
    <message>
      <source>GTIN {gtin} already belongs to model {model}: a GTIN names one model.</source>
      <translation>GTIN {gtin} hör redan till modell {model}: ett GTIN anger en enda modell.</translation>
    </message>
    <message>
      <source>Whether loans must start in specialist care is yes, no, or as the country does.</source>
      <translation>Om lån ska påbörjas i specialistvården är ja, nej eller som landet gör.</translation>
    </message>
    <message>
      <source>A transport loan's time is 1 to 365 days.</source>
      <translation>Ett transportlån varar 1 till 365 dagar.</translation>
    </message>
    <message>
      <source>{registration} is on its way back to counter {counter}, which lent it: send it there; it is received there.</source>
      <translation>{registration} är på väg tillbaka till disk {counter}, som lånade ut den: skicka den dit; den tas emot där.</translation>
    </message>
    <message>
      <source>{registration} has {faults} open fault report(s): record what was repaired, or that no fault was found, before it goes back into use.</source>
      <translation>{registration} har {faults} öppna felanmälningar: ange vad som reparerades, eller att inget fel hittades, innan den tas i bruk igen.</translation>
    </message>
    <message>
      <source>Receive {registration} first, then report its fault.</source>
      <translation>Ta först emot {registration}, anmäl sedan felet.</translation>
    </message>
    <message>
      <source>{key} already belongs to another person in the register: {holder}. The person being converted is {person}. If they are the same person, confirm it (--same-person on the command line) and the two records are merged.</source>
      <translation>{key} tillhör redan en annan person i registret: {holder}. Personen som konverteras är {person}. Om de är samma person, bekräfta det (--same-person på kommandoraden) så slås de två posterna ihop.</translation>
    </message>
    <message>
      <source>No person {identity} in the register.</source>
      <translation>Ingen person {identity} i registret.</translation>
    </message>
    <message>
      <source>{key} is registered to a person born {registered}, not {typed}: check the LMA card. Registered: {person}.</source>
      <translation>{key} är registrerat på en person född {registered}, inte {typed}: kontrollera LMA-kortet. Registrerad: {person}.</translation>
    </message>
    <message>
      <source>A protected identity has no record to look up: give an identity number the person has had.</source>
      <translation>En skyddad identitet har ingen post att slå upp: ange ett identitetsnummer personen har haft.</translation>
    </message>
    <message>
      <source>The central database refused this: {why} Run it as the database's administrator (a role that may create roles and schemas).</source>
      <translation type="vanished">Centraldatabasen vägrade detta: {why} Kör det som databasens administratör (en roll som får skapa roller och scheman).</translation>
    </message>
    <message>
      <source>'{workstation}' is not a workstation id: capital letters, digits and dashes, at most 16 (for instance KASSA1).</source>
      <translation>'{workstation}' är inget arbetsplats-id: versaler, siffror och bindestreck, högst 16 (till exempel KASSA1).</translation>
    </message>
    <message>
      <source>Workstation {workstation} is already enrolled: to give it new credentials (a counter that lost its database or password), add it again with --reenroll.</source>
      <translation>Arbetsplatsen {workstation} är redan registrerad: för att ge den nya inloggningsuppgifter (en disk som förlorat sin databas eller sitt lösenord), lägg till den igen med --reenroll.</translation>
    </message>
    <message>
      <source>No workstation {workstation} is enrolled.</source>
      <translation>Ingen arbetsplats {workstation} är registrerad.</translation>
    </message>
    <message>
      <source>Not recorded: workstation {by} handed in an event made in the name of workstation {workstation}.</source>
      <translation>Inte registrerad: arbetsplatsen {by} lämnade in en händelse i arbetsplatsen {workstation}s namn.</translation>
    </message>
    <message>
      <source>The maintenance interval must be a whole number of days from 1 to {limit}.</source>
      <translation>Underhållsintervallet måste vara ett helt antal dagar från 1 till {limit}.</translation>
    </message>
    <message>
      <source>{what} holds a character that is not readable text (a broken character, or bytes that are not UTF-8): type it again.</source>
      <translation>{what} innehåller ett tecken som inte är läsbar text (ett trasigt tecken, eller byte som inte är UTF-8): skriv det igen.</translation>
    </message>
    <message>
      <source>{what} is too long ({length} characters; at most {limit}): check what was typed or pasted.</source>
      <translation>{what} är för lång ({length} tecken; högst {limit}): kontrollera vad som skrevs eller klistrades in.</translation>
    </message>
    <message>
      <source>The database is busy with another task; nothing was changed. Try again in a moment.</source>
      <translation>Databasen är upptagen med en annan uppgift; inget ändrades. Försök igen om en stund.</translation>
    </message>
    <message>
      <source>Demo data are made for 1 to {most} pumps.</source>
      <translation>Demodata görs för 1 till {most} pumpar.</translation>
    </message>
    <message>
      <source>Demo data are made for Sweden (SE) or Norway (NO).</source>
      <translation>Demodata finns för Sverige (SE) eller Norge (NO).</translation>
    </message>
    <message>
      <source>This database already holds pumps; demo data go into a new one: choose another file with --db.</source>
      <translation>Databasen innehåller redan pumpar; demodata läggs i en ny: välj en annan fil med --db.</translation>
    </message>
    <message>
      <source>PumpDesk met an error it did not expect ({kind}) and could not finish. Try again; if it happens again, tell your support, who will find the details in {log}.</source>
      <translation>PumpDesk stötte på ett oväntat fel ({kind}) och kunde inte slutföra. Försök igen; händer det igen, kontakta supporten, som hittar detaljerna i {log}.</translation>
    </message>
    <message>
      <source>The PumpDesk window cannot start here ({why}). Ask your support to install what it needs; the commands work meanwhile (pumpdesk --help).</source>
      <translation>PumpDesks fönster kan inte starta här ({why}). Be supporten installera det som behövs; kommandona fungerar under tiden (pumpdesk --help).</translation>
    </message>
    <message>
      <source>The disk that holds {file} is full, so PumpDesk could not write it. Free some space on it (or ask your support to), then try again.</source>
      <translation>Disken där {file} ligger är full, så PumpDesk kunde inte skriva den. Frigör utrymme på den (eller be supporten göra det) och försök igen.</translation>
    </message>
    <message>
      <source>PumpDesk may not write to its database {file} (the file or its folder is read-only): nothing was changed. Ask your support for write access to both, or choose another database with --db.</source>
      <translation>PumpDesk får inte skriva i sin databas {file} (filen eller dess mapp är skrivskyddad): inget ändrades. Be supporten om skrivrätt till båda, eller välj en annan databas med --db.</translation>
    </message>
    <message>
      <source>PumpDesk cannot open or make its database {file}: that place does not take a database file. Choose a file in a folder of your own with --db (or $PUMPDESK_DB).</source>
      <translation>PumpDesk kan inte öppna eller skapa sin databas {file}: där går det inte att ha en databasfil. Välj en fil i en egen mapp med --db (eller $PUMPDESK_DB).</translation>
    </message>
    <message>
      <source>PumpDesk could not use {file}: {why}. Check the name and that it may be written there, then try again.</source>
      <translation>PumpDesk kunde inte använda {file}: {why}. Kontrollera namnet och att det går att skriva där, och försök igen.</translation>
    </message>
    <message>
      <source>The central database answered with an error: {why}. Check the address and the role, or ask its administrator.</source>
      <translation>Centraldatabasen svarade med ett fel: {why}. Kontrollera adressen och rollen, eller fråga dess administratör.</translation>
    </message>
    <message>
      <source>PumpDesk met an error it did not expect ({kind}) and could not finish. Try again; if it happens again, tell your support, who can see the details by running the command with --debug.</source>
      <translation>PumpDesk stötte på ett oväntat fel ({kind}) och kunde inte slutföra. Försök igen; händer det igen, kontakta supporten, som ser detaljerna genom att köra kommandot med --debug.</translation>
    </message>
    <message>
      <source>Something typed holds a character that is not readable text (a broken character, or bytes that are not UTF-8); nothing was changed. Type it again.</source>
      <translation>Något av det som skrevs innehåller ett tecken som inte är läsbar text (ett trasigt tecken, eller byte som inte är UTF-8); inget ändrades. Skriv det igen.</translation>
    </message>
    <message>
      <source>A number given is far too large; nothing was changed. Check the numbers and try again.</source>
      <translation>Ett angivet tal är alldeles för stort; inget ändrades. Kontrollera talen och försök igen.</translation>
    </message>
    <message>
      <source>The disk that holds the database {file} is full: nothing was changed. Free some space on it (or ask your support to), then try again.</source>
      <translation>Disken där databasen {file} ligger är full: inget ändrades. Frigör utrymme på den (eller be supporten göra det) och försök igen.</translation>
    </message>
    <message>
      <source>The database {file} was made by a newer version of PumpDesk (schema {revision}): install that version here, or open another database with --db.</source>
      <translation>Databasen {file} skapades av en nyare version av PumpDesk (schema {revision}): installera den versionen här, eller öppna en annan databas med --db.</translation>
    </message>
    <message>
      <source>PumpDesk could not read or write its database {file} (a disk error): nothing was changed. Check that the disk is there and working, then try again.</source>
      <translation>PumpDesk kunde inte läsa eller skriva sin databas {file} (ett diskfel): inget ändrades. Kontrollera att disken finns och fungerar, och försök igen.</translation>
    </message>
    <message>
      <source>{file} is not a PumpDesk database (it is some other kind of file): check the name, or choose another file with --db.</source>
      <translation>{file} är ingen PumpDesk-databas (det är en annan sorts fil): kontrollera namnet, eller välj en annan fil med --db.</translation>
    </message>
    <message>
      <source>The database {file} is damaged: nothing was changed. Keep the file as it is and ask your support to restore it from its backup.</source>
      <translation>Databasen {file} är skadad: inget ändrades. Låt filen vara som den är och be supporten återställa den från säkerhetskopian.</translation>
    </message>
    <message>
      <source>The computer ran out of memory: nothing was changed. Close other programs and try again.</source>
      <translation>Datorn fick slut på minne: inget ändrades. Stäng andra program och försök igen.</translation>
    </message>
    <message>
      <source>{file} is a folder, not a database file: give the file's name with --db, e.g. {example}.</source>
      <translation>{file} är en mapp, inte en databasfil: ange filens namn med --db, t.ex. {example}.</translation>
    </message>
    <message>
      <source>The central database cannot be reached: {why}. Check the network and the address, then try again; this workstation works on alone meanwhile.</source>
      <translation>Centraldatabasen går inte att nå: {why}. Kontrollera nätverket och adressen och försök igen; arbetsstationen arbetar vidare på egen hand så länge.</translation>
    </message>
    <message>
      <source>The central database is not ready for this PumpDesk: {why}.</source>
      <translation>Centraldatabasen är inte redo för denna PumpDesk: {why}.</translation>
    </message>
    <message>
      <source>The central database refused: {why}. Ask its administrator to run this as the role that owns PumpDesk's schema, or to grant this role what it needs.</source>
      <translation>Centraldatabasen vägrade: {why}. Be dess administratör köra detta som den roll som äger PumpDesks schema, eller ge denna roll det den behöver.</translation>
    </message>
    <message>
      <source>The central database address is not usable ({why}): write it as postgresql://USER@HOST/DATABASE?sslmode=verify-full.</source>
      <translation>Centraldatabasens adress går inte att använda ({why}): skriv den som postgresql://ANVÄNDARE@VÄRD/DATABAS?sslmode=verify-full.</translation>
    </message>
    <message>
      <source>--overdue lists loans: pumpdesk list loans --overdue.</source>
      <translation>--overdue listar lån: pumpdesk list loans --overdue.</translation>
    </message>
    <message>
      <source>A packing slip needs the unit: --unit CUSTNO.</source>
      <translation>En följesedel behöver enheten: --unit KUNDNR.</translation>
    </message>
    <message>
      <source>Name one loan or pump to print.</source>
      <translation>Ange ett lån eller en pump att skriva ut.</translation>
    </message>
    <message>
      <source>'{text}' is not a date: YYYY-MM-DD.</source>
      <translation>'{text}' är inget datum: ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
      <source>PumpDesk cannot write its log {log} ({why}), so it logs to {used} instead. Ask your support to let it write there.</source>
      <translation>PumpDesk kan inte skriva sin logg {log} ({why}), så den loggar till {used} i stället. Be supporten se till att den får skriva där.</translation>
    </message>
    <message>
      <source>PumpDesk cannot write its log {log} ({why}), nor one anywhere else: it works on without a log. Ask your support to let it write there.</source>
      <translation>PumpDesk kan inte skriva sin logg {log} ({why}) och inte heller någon annanstans: den arbetar vidare utan logg. Be supporten se till att den får skriva där.</translation>
    </message>
    <message>
      <source>No central database is set: give --central URL, or set it in the settings.</source>
      <translation>Ingen centraldatabas är angiven: ange --central URL, eller ställ in den i inställningarna.</translation>
    </message>
    <message>
      <source>There is no terminal here to type the password at: run 'pumpdesk central login' in a terminal, or give the password in $PUMPDESK_CENTRAL_PASSWORD.</source>
      <translation>Här finns ingen terminal att skriva lösenordet i: kör 'pumpdesk central login' i en terminal, eller ange lösenordet i $PUMPDESK_CENTRAL_PASSWORD.</translation>
    </message>
    <message>
      <source>No password was typed; nothing was kept.</source>
      <translation>Inget lösenord skrevs; inget sparades.</translation>
    </message>
    <message>
      <source>Sync did not finish: {error}</source>
      <translation>Synkroniseringen blev inte klar: {error}</translation>
    </message>
    <message>
      <source>Name the workstation: pumpdesk central add-workstation ID.</source>
      <translation>Ange arbetsplatsen: pumpdesk central add-workstation ID.</translation>
    </message>
    <message>
      <source>Name the workstation: pumpdesk central remove-workstation ID.</source>
      <translation>Ange arbetsplatsen: pumpdesk central remove-workstation ID.</translation>
    </message>
    <message>
      <source>There is no screen here for the PumpDesk window (no DISPLAY or WAYLAND_DISPLAY): start it on the desktop, or use the commands (pumpdesk --help).</source>
      <translation>Här finns ingen skärm för PumpDesks fönster (ingen DISPLAY eller WAYLAND_DISPLAY): starta det från skrivbordet, eller använd kommandona (pumpdesk --help).</translation>
    </message>
    <message>
      <source>The central database refused: {why}. Ask its administrator to run this as a role that may create roles and schemas.</source>
      <translation>Centraldatabasen vägrade: {why}. Be dess administratör köra detta som en roll som får skapa roller och scheman.</translation>
    </message>
    <message>
      <source>The connection is encrypted, but the server's name is not verified (sslmode={mode}): another machine could pose as it. Use sslmode=verify-full.</source>
      <translation>Anslutningen är krypterad, men serverns namn kontrolleras inte (sslmode={mode}): en annan dator skulle kunna utge sig för att vara den. Använd sslmode=verify-full.</translation>
    </message>
    <message>
      <source>The connection is not encrypted (sslmode={mode}): passwords and patients' data cross the network in plain text. Use sslmode=verify-full.</source>
      <translation>Anslutningen är inte krypterad (sslmode={mode}): lösenord och patientuppgifter går okrypterade över nätverket. Använd sslmode=verify-full.</translation>
    </message>
    <message>
      <source>This computer's clock is {minutes} minutes off the central server's ({direction}): events get wrong times. Ask your technician to set it.</source>
      <translation>Datorns klocka går {minutes} minuter fel mot den centrala serverns ({direction}): händelser får fel tid. Be teknikern att ställa den.</translation>
    </message>
    <message>
      <source>Loan number {number} already names another loan in the region (a database restored from a backup, or a copy, gives numbers again): this loan was not made centrally.</source>
      <translation>Lånenummer {number} används redan för ett annat lån i regionen (en databas som återställts från en säkerhetskopia, eller en kopia, delar ut nummer på nytt): lånet registrerades inte centralt.</translation>
    </message>
    <message>
      <source>This event of the central log could not be applied at this counter ({why}). It was set aside so that sync goes on; this counter's lists may differ from the others' for this pump until a person looks at it.</source>
      <translation>Händelsen i den centrala loggen kunde inte tillämpas vid den här disken ({why}). Den lades åt sidan så att synkningen kan fortsätta; den här diskens listor kan skilja sig från de andras för pumpen tills någon har tittat på det.</translation>
    </message>
    <message>
      <source>This database belongs to workstation {stored}, not {asked}: use --workstation {stored} (or that setting), or another database (--db) for {asked}.</source>
      <translation>Databasen tillhör arbetsstation {stored}, inte {asked}: använd --workstation {stored} (eller den inställningen), eller en annan databas (--db) för {asked}.</translation>
    </message>
    <message>
      <source>The replenishment for {day} was already run at {workstation} by {actor} ({time}): nothing was sent. Its packing slips can be printed again from the past runs.</source>
      <translation>Påfyllningen för {day} är redan gjord vid {workstation} av {actor} ({time}): inget skickades. Dess följesedlar kan skrivas ut igen från tidigare körningar.</translation>
    </message>
    <message>
      <source>The replenishment for {day} is dispatched only with the central judge's claim on the day, and the judge did not answer: nothing was sent. Try again in a moment.</source>
      <translation>Påfyllningen för {day} skickas bara när den centrala domaren har gett dagen till den här disken, och domaren svarade inte: inget skickades. Försök igen om en stund.</translation>
    </message>
    <message>
      <source>The replenishment for {day} is dispatched only with the central database's claim on the day, and it cannot be reached ({why}): plan now, and dispatch when this counter is online.</source>
      <translation>Påfyllningen för {day} skickas bara när den centrala databasen har gett dagen till den här disken, och den går inte att nå ({why}): planera nu och skicka när disken är online.</translation>
    </message>
    <message>
      <source>'{text}' is not a product area code: use lower-case letters, digits and _.</source>
      <translation>'{text}' är ingen kod för ett produktområde: använd små bokstäver, siffror och _.</translation>
    </message>
    <message>
      <source>A prescriber needs a name.</source>
      <translation>En förskrivare måste ha ett namn.</translation>
    </message>
    <message>
      <source>'{area}' is not a product area: see pumpdesk list areas.</source>
      <translation>'{area}' är inget produktområde: se pumpdesk list areas.</translation>
    </message>
    <message>
      <source>'{email}' is not an e-mail address.</source>
      <translation>'{email}' är ingen e-postadress.</translation>
    </message>
    <message>
      <source>{prescriber} is no longer active in the prescriber register.</source>
      <translation>{prescriber} är inte längre aktiv i förskrivarregistret.</translation>
    </message>
    <message>
      <source>{prescriber} is a Beställare: a Beställare may order, but never prescribe. A prescription needs a Förskrivare or a Läkare.</source>
      <translation>{prescriber} är Beställare: en Beställare får beställa men aldrig förskriva. En förskrivning behöver en Förskrivare eller en Läkare.</translation>
    </message>
    <message>
      <source>{prescriber} is not registered to prescribe for {unit_name} ({unit}): choose a prescriber of that unit, or ask an administrator to add the unit to the prescriber.</source>
      <translation>{prescriber} är inte registrerad för att förskriva för {unit_name} ({unit}): välj en förskrivare vid den enheten, eller be en administratör lägga till enheten hos förskrivaren.</translation>
    </message>
    <message>
      <source>The treatment must be started in specialist care by a doctor: {prescriber} is not a Läkare.</source>
      <translation>Behandlingen måste startas i specialistvården av en läkare: {prescriber} är inte Läkare.</translation>
    </message>
    <message>
      <source>{prescriber} may not prescribe in the product area {area}: choose a prescriber with that area, or a Läkare.</source>
      <translation>{prescriber} får inte förskriva inom produktområdet {area}: välj en förskrivare med det området, eller en Läkare.</translation>
    </message>
    <message>
      <source>Sign in first: scan your staff card, or choose your name and type your PIN (on the command line: --staff NUMBER).</source>
      <translation>Logga in först: skanna ditt personalkort, eller välj ditt namn och skriv din PIN-kod (på kommandoraden: --staff NUMMER).</translation>
    </message>
    <message>
      <source>No staff member has number {number}: check the number, or ask an administrator to add you.</source>
      <translation>Ingen i personalen har nummer {number}: kontrollera numret, eller be en administratör att lägga till dig.</translation>
    </message>
    <message>
      <source>{name} ({number}) is no longer active in the staff register: ask an administrator.</source>
      <translation>{name} ({number}) är inte längre aktiv i personalregistret: fråga en administratör.</translation>
    </message>
    <message>
      <source>{name} may not do this ({action}): it needs the {role} role. Ask an administrator, or let someone with that role sign in.</source>
      <translation>{name} får inte göra detta ({action}): det kräver rollen {role}. Fråga en administratör, eller låt någon med den rollen logga in.</translation>
    </message>
    <message>
      <source>'{text}' cannot be a staff number: use 1–32 letters, digits, . _ or -.</source>
      <translation>'{text}' kan inte vara ett personalnummer: använd 1–32 bokstäver, siffror, . _ eller -.</translation>
    </message>
    <message>
      <source>A PIN is 4 to 12 digits.</source>
      <translation>En PIN-kod har 4 till 12 siffror.</translation>
    </message>
    <message>
      <source>A staff member needs at least one role: counter, technician or administrator.</source>
      <translation>Personal behöver minst en roll: disk, tekniker eller administratör.</translation>
    </message>
    <message>
      <source>The scheduled jobs' account may only run the replenishment: give --staff NUMBER.</source>
      <translation>Kontot för schemalagda jobb får bara köra påfyllningen: ange --staff NUMMER.</translation>
    </message>
    <message>
      <source>'{role}' is not a role: choose counter, technician or administrator.</source>
      <translation>'{role}' är ingen roll: välj counter (disk), technician (tekniker) eller administrator (administratör).</translation>
    </message>
    <message>
      <source>A product area needs a name.</source>
      <translation>Ett produktområde måste ha ett namn.</translation>
    </message>
    <message>
      <source>{count} prescribers are called {name}: give the id ({ids}).</source>
      <translation>{count} förskrivare heter {name}: ange id ({ids}).</translation>
    </message>
    <message>
      <source>A loan needs its prescriber: give a prescriber who may prescribe for {unit_name} ({unit}).</source>
      <translation>Ett lån behöver sin förskrivare: ange en förskrivare som får förskriva för {unit_name} ({unit}).</translation>
    </message>
    <message>
      <source>No prescriber '{text}' is in the prescriber register: choose one from the list, or ask an administrator to add them.</source>
      <translation>Ingen förskrivare '{text}' finns i förskrivarregistret: välj en i listan, eller be en administratör lägga till hen.</translation>
    </message>
    <message>
      <source>'{role}' is not a prescriber role: forskrivare, bestallare or lakare.</source>
      <translation>'{role}' är ingen förskrivarroll: forskrivare, bestallare eller lakare.</translation>
    </message>
    <message>
      <source>{number} has no card code yet: give them a new card first.</source>
      <translation>{number} har ingen kortkod än: ge hen ett nytt kort först.</translation>
    </message>
    <message>
      <source>'{value}' is not a product area: choose one of {options}.</source>
      <translation>'{value}' är inget produktområde: välj ett av {options}.</translation>
    </message>
    <message>
      <source>A staff member needs a name.</source>
      <translation>Personal måste ha ett namn.</translation>
    </message>
    <message>
      <source>'{code}' is not a staff card.</source>
      <translation>'{code}' är inget personalkort.</translation>
    </message>
    <message>
      <source>This staff card is not (or no longer) in the staff register: use your new card, or ask an administrator.</source>
      <translation>Det här personalkortet finns inte (längre) i personalregistret: använd ditt nya kort, eller fråga en administratör.</translation>
    </message>
    <message>
      <source>The name and PIN do not match: type the PIN again, or scan your card.</source>
      <translation>Namnet och PIN-koden stämmer inte: skriv PIN-koden igen, eller skanna ditt kort.</translation>
    </message>
    <message>
      <source>{name} may not {action}: it needs the {role} role. Ask an administrator, or let someone with that role sign in.</source>
      <translation>{name} får inte {action}: det kräver rollen {role}. Fråga en administratör, eller låt någon med den rollen logga in.</translation>
    </message>
    <message>
      <source>Staff number {number} is taken already: change that staff member instead (pumpdesk staff change).</source>
      <translation>Personalnummer {number} är redan upptaget: ändra den personen i stället (pumpdesk staff change).</translation>
    </message>
    <message>
      <source>The register has no administrator yet: the first staff member must hold the administrator role (--role administrator).</source>
      <translation>Registret har ingen administratör än: den första i personalen måste ha rollen administratör (--role administrator).</translation>
    </message>
    <message>
      <source>No PIN was given: type it when asked, or pipe it in on one line.</source>
      <translation>Ingen PIN-kod angavs: skriv den när du blir tillfrågad, eller skicka in den på en rad.</translation>
    </message>
    <message>
      <source>The PumpDesk window cannot start here: Qt's display plugin '{platform}' needs system libraries that are not installed or cannot be loaded: {libraries}. Ask your support to install them (on Debian or Ubuntu, for instance: {packages}); the commands work meanwhile (pumpdesk --help).</source>
      <translation>PumpDesks fönster kan inte starta här: Qt:s skärminsticksmodul '{platform}' behöver systembibliotek som inte är installerade eller inte går att läsa in: {libraries}. Be supporten installera dem (på Debian eller Ubuntu till exempel: {packages}); kommandona fungerar under tiden (pumpdesk --help).</translation>
    </message>
    <message>
      <source>Not recorded: two databases are working as workstation {workstation} (a copy, or a restored backup beside the original), and this event comes from the one the other has taken over from. Keep one: close PumpDesk on the other computer and have the workstation re-enrolled.</source>
      <translation>Inte registrerat: två databaser arbetar som arbetsplats {workstation} (en kopia, eller en återställd säkerhetskopia bredvid originalet), och den här händelsen kommer från den som den andra har tagit över från. Behåll en: stäng PumpDesk på den andra datorn och låt registrera arbetsplatsen på nytt.</translation>
    </message>
    <message>
      <source>Two databases are working as workstation {workstation} (a copy, or a restored backup beside the original): since {time} the central judge refuses what {which} hands in. Keep one: close PumpDesk on the other computer, then have the workstation re-enrolled ('pumpdesk central add-workstation {workstation} --reenroll') and enroll the one you keep with the new credentials.</source>
      <translation>Två databaser arbetar som arbetsplats {workstation} (en kopia, eller en återställd säkerhetskopia bredvid originalet): sedan {time} avvisar den centrala domaren det som {which} lämnar in. Behåll en: stäng PumpDesk på den andra datorn, låt sedan registrera arbetsplatsen på nytt ('pumpdesk central add-workstation {workstation} --reenroll') och anslut den du behåller med de nya inloggningsuppgifterna.</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: recall {reference}: {todo} first ({title}).</source>
      <translation>Kan inte {verb} {registration}: återkallelse {reference}: {todo} först ({title}).</translation>
    </message>
    <message>
      <source>'{text}' is not a serial range: give FROM-TO, two serials with the same prefix ending in a number, such as SN1000-SN1999.</source>
      <translation>'{text}' är inget serienummerintervall: ange FRÅN-TILL, två serienummer med samma prefix som slutar på en siffra, till exempel SN1000-SN1999.</translation>
    </message>
    <message>
      <source>The serial range '{text}' runs backwards: give the lower serial first.</source>
      <translation>Serienummerintervallet '{text}' går baklänges: ange det lägre serienumret först.</translation>
    </message>
    <message>
      <source>'{text}' cannot be a recall reference: use the notice's number, 1–40 letters, digits, - . / or _ (such as FSN-2026-014).</source>
      <translation>'{text}' kan inte vara en återkallelses referens: använd säkerhetsmeddelandets nummer, 1–40 bokstäver, siffror, - . / eller _ (till exempel FSN-2026-014).</translation>
    </message>
    <message>
      <source>Give the recall a title: what the notice is about.</source>
      <translation>Ge återkallelsen en rubrik: vad säkerhetsmeddelandet gäller.</translation>
    </message>
    <message>
      <source>Say which pumps recall {reference} covers: a model or GTIN, lots, serials or production dates.</source>
      <translation>Ange vilka pumpar återkallelse {reference} gäller: en modell eller GTIN, batcher, serienummer eller tillverkningsdatum.</translation>
    </message>
    <message>
      <source>The production dates run backwards: {start} is after {end}.</source>
      <translation>Tillverkningsdatumen går baklänges: {start} är efter {end}.</translation>
    </message>
    <message>
      <source>Recall {reference} does not cover {registration}: check the pump.</source>
      <translation>Återkallelse {reference} gäller inte {registration}: kontrollera pumpen.</translation>
    </message>
    <message>
      <source>Recall {reference} is already done for {registration}; nothing to do.</source>
      <translation>Återkallelse {reference} är redan åtgärdad för {registration}; inget att göra.</translation>
    </message>
    <message>
      <source>Say what was done to {registration} for recall {reference}.</source>
      <translation>Ange vad som gjordes med {registration} för återkallelse {reference}.</translation>
    </message>
    <message>
      <source>'{text}' is not a recall action: choose inspect, update, replace or withdraw.</source>
      <translation>'{text}' är ingen åtgärd för en återkallelse: välj inspect, update, replace eller withdraw.</translation>
    </message>
    <message>
      <source>No recall has reference {reference}: check the notice's number, or record the recall first.</source>
      <translation>Ingen återkallelse har referensen {reference}: kontrollera säkerhetsmeddelandets nummer, eller registrera återkallelsen först.</translation>
    </message>
    <message>
      <source>'{name}' is neither .csv nor .xlsx: name the file for the format wanted.</source>
      <translation>'{name}' är varken .csv eller .xlsx: ge filen ett namn som slutar på formatet du vill ha.</translation>
    </message>
    <message>
      <source>Could not write {path}: {error}. Choose another place.</source>
      <translation>Kunde inte skriva {path}: {error}. Välj en annan plats.</translation>
    </message>
    <message>
      <source>Could not write into {path}: {error}. Choose another folder.</source>
      <translation>Kunde inte skriva i {path}: {error}. Välj en annan mapp.</translation>
    </message>
    <message>
      <source>'{text}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>'{text}' är inget datum: skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
      <source>Recall {reference} is already recorded: see it with recall show.</source>
      <translation>Återkallelse {reference} är redan registrerad: se den med recall show.</translation>
    </message>
    <message>
      <source>{payer} still pays for {count} unit(s): {units}. Give those units another payer first (pumpdesk payer set).</source>
      <translation>{payer} är fortfarande betalare för {count} enhet(er): {units}. Ge de enheterna en annan betalare först (pumpdesk payer set).</translation>
    </message>
    <message>
      <source>A payer needs a name.</source>
      <translation>En betalare måste ha ett namn.</translation>
    </message>
    <message>
      <source>A payer needs an invoice address: where are its invoices sent?</source>
      <translation>En betalare måste ha en fakturaadress: vart ska fakturorna skickas?</translation>
    </message>
    <message>
      <source>{count} payers are called {name}: give the id ({ids}).</source>
      <translation>{count} betalare heter {name}: ange id ({ids}).</translation>
    </message>
    <message>
      <source>No payer '{text}' is in the register: see pumpdesk list payers, or add it with pumpdesk payer add.</source>
      <translation>Ingen betalare '{text}' finns i registret: se pumpdesk list payers, eller lägg till den med pumpdesk payer add.</translation>
    </message>
    <message>
      <source>{payer} is no longer active: choose an active payer, or make it active again first.</source>
      <translation>{payer} är inte längre aktiv: välj en aktiv betalare, eller gör den aktiv igen först.</translation>
    </message>
    <message>
      <source>No prescriber '{text}' is in the prescriber register: see pumpdesk list prescribers.</source>
      <translation>Ingen förskrivare '{text}' finns i förskrivarregistret: se pumpdesk list prescribers.</translation>
    </message>
    <message>
      <source>Give the period to look back over: the first and the last day (--from YYYY-MM-DD --to YYYY-MM-DD).</source>
      <translation>Ange perioden att se tillbaka över: första och sista dagen (--from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
      <source>The period ends ({last}) before it begins ({first}): give the first day first.</source>
      <translation>Perioden slutar ({last}) innan den börjar ({first}): ange den första dagen först.</translation>
    </message>
    <message>
      <source>{which} '{text}' is not a date: give it as YYYY-MM-DD.</source>
      <translation>{which} '{text}' är inget datum: ange det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
      <source>Say which pumps to look back over: a model (--model) or a lot (--lot).</source>
      <translation>Ange vilka pumpar du vill se tillbaka över: en modell (--model) eller en batch (--lot).</translation>
    </message>
    <message>
      <source>The file {path} cannot be written ({why}): choose another place.</source>
      <translation>Filen {path} kan inte skrivas ({why}): välj en annan plats.</translation>
    </message>
    <message>
      <source>No pump model {model} in the register: see pumpdesk list models.</source>
      <translation>Pumpmodellen {model} finns inte i registret: se pumpdesk list models.</translation>
    </message>
    <message>
      <source>Look back over one thing: a pump (PUMP), a person (--person ID), or a model and/or a lot (--model M, --lot L).</source>
      <translation>Se tillbaka över en sak i taget: en pump (PUMP), en person (--person ID), eller en modell och/eller en batch (--model M, --lot L).</translation>
    </message>
    <message>
      <source>Say what to count: DEPOT for the depot's own shelves, or a unit's customer number for its buffer stock.</source>
      <translation>Ange vad som ska inventeras: DEPOT för depåns egna hyllor, eller en enhets kundnummer för dess buffertlager.</translation>
    </message>
    <message>
      <source>A buffer stock is counted every 1 to 60 months.</source>
      <translation>Ett buffertlager inventeras med 1 till 60 månaders mellanrum.</translation>
    </message>
    <message>
      <source>Count {count} was finished at {time}: start a new count.</source>
      <translation>Inventering {count} avslutades {time}: starta en ny inventering.</translation>
    </message>
    <message>
      <source>Finish count {count} first: until then a pump not yet scanned is not missing.</source>
      <translation>Avsluta inventering {count} först: till dess saknas inte en pump som ännu inte skannats.</translation>
    </message>
    <message>
      <source>{registration} is not missing in count {count}: only a pump the count expected and did not find is reported lost from it.</source>
      <translation>{registration} saknas inte i inventering {count}: bara en pump som inventeringen förväntade sig men inte hittade förlustanmäls därifrån.</translation>
    </message>
    <message>
      <source>{registration} was not found unexpectedly in count {count}.</source>
      <translation>{registration} hittades inte oväntat i inventering {count}.</translation>
    </message>
    <message>
      <source>Cannot report {registration} as lost: the register puts it on the depot's own shelves ({state}) — count the shelves, and report it lost from the finished count if it is missing.</source>
      <translation>Kan inte förlustanmäla {registration}: enligt registret står den på depåns egna hyllor ({state}) — inventera hyllorna och förlustanmäl den från den avslutade inventeringen om den saknas.</translation>
    </message>
    <message>
      <source>No count has the number '{text}': see the open counts with 'count list'.</source>
      <translation>Ingen inventering har numret '{text}': se pågående inventeringar med 'count list'.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) holds no buffer stock to count: only hospital units do.</source>
      <translation>{unit_name} ({unit}) har inget buffertlager att inventera: det har bara sjukhusenheter.</translation>
    </message>
    <message>
      <source>'{how}' is not a way to resolve a pump found: move or return.</source>
      <translation>'{how}' är inget sätt att åtgärda en hittad pump: flytta (move) eller återlämna (return).</translation>
    </message>
    <message>
      <source>{place} is being counted already (count {count}): resume that count.</source>
      <translation>{place} inventeras redan (inventering {count}): återuppta den inventeringen.</translation>
    </message>
    <message>
      <source>{registration} cannot be moved into {place}: only a pump in another unit's stock moves into a unit's stock; return it instead.</source>
      <translation>{registration} kan inte flyttas till {place}: bara en pump i en annan enhets lager flyttas till en enhets lager; återlämna den i stället.</translation>
    </message>
    <message>
      <source>The replacement cost must be a whole amount from 0 to {limit}.</source>
      <translation>Ersättningskostnaden måste vara ett helt belopp från 0 till {limit}.</translation>
    </message>
    <message>
      <source>'{format}' is not a report format: choose one of {options}.</source>
      <translation>'{format}' är inget rapportformat: välj ett av {options}.</translation>
    </message>
    <message>
      <source>The period starts ({start}) after it ends ({end}): give the earlier date with --from.</source>
      <translation>Perioden börjar ({start}) efter att den slutar ({end}): ange det tidigare datumet med --from.</translation>
    </message>
    <message>
      <source>'{name}' is not a report: choose one of {options}.</source>
      <translation>'{name}' är ingen rapport: välj en av {options}.</translation>
    </message>
    <message>
      <source>The {name} report is for the whole depot: leave out the unit.</source>
      <translation>Rapporten {name} gäller hela depån: ange ingen enhet.</translation>
    </message>
    <message>
      <source>No care unit with customer number {unit}.</source>
      <translation>Ingen vårdenhet har kundnummer {unit}.</translation>
    </message>
    <message>
      <source>No label roll '{roll}': the labels are 62x29 or 100x50 (mm).</source>
      <translation>Ingen etikettrulle '{roll}': etiketterna är 62x29 eller 100x50 (mm).</translation>
    </message>
    <message>
      <source>The address of {number} does not fit a {roll} label: print it on the larger roll, or shorten it.</source>
      <translation>Adressen för {number} får inte plats på en etikett {roll}: skriv ut den på den större rullen, eller korta den.</translation>
    </message>
    <message>
      <source>The route has no delivery day in the coming year.</source>
      <translation>Turen har ingen leveransdag under det kommande året.</translation>
    </message>
    <message>
      <source>This depot does not offer {mode}.</source>
      <translation>Det här förrådet erbjuder inte {mode}.</translation>
    </message>
    <message>
      <source>A protected identity's order goes to the prescribing unit, c/o its prescriber: never to a home address or a pickup point in the patient's name.</source>
      <translation>En beställning för en skyddad identitet går till den förskrivande enheten, c/o förskrivaren: aldrig till en hemadress eller ett utlämningsställe i patientens namn.</translation>
    </message>
    <message>
      <source>Only stocked products can be delivered urgently or by express.</source>
      <translation>Endast lagerlagda produkter kan levereras akut eller med express.</translation>
    </message>
    <message>
      <source>A phone number of the patient or a contact person is needed for {mode}.</source>
      <translation>Ett telefonnummer till patienten eller en kontaktperson behövs för {mode}.</translation>
    </message>
    <message>
      <source>Products outside the assortment are never delivered urgently or by express.</source>
      <translation>Produkter utanför sortimentet levereras aldrig akut eller med express.</translation>
    </message>
    <message>
      <source>Leaving an order outside the door needs a delivery address.</source>
      <translation>För att ställas utanför dörren behöver leveransen en leveransadress.</translation>
    </message>
    <message>
      <source>The delivery is to an apartment building: ask for the door code.</source>
      <translation>Leveransen går till ett flerfamiljshus: fråga efter portkoden.</translation>
    </message>
    <message>
      <source>The patient's name is not on the door: give the c/o name that is.</source>
      <translation>Patientens namn står inte på dörren: ange c/o-namnet som står där.</translation>
    </message>
    <message>
      <source>Choose the carrier's pickup point.</source>
      <translation>Välj transportörens utlämningsställe.</translation>
    </message>
    <message>
      <source>Say how the patient or a contact person is told the parcel has come: SMS, e-mail or letter, and to whom.</source>
      <translation>Ange hur patienten eller en kontaktperson aviseras om att paketet har kommit: sms, e-post eller brev, och till vem.</translation>
    </message>
    <message>
      <source>Urgent delivery to special housing is for one patient only: there is no urgent joint delivery.</source>
      <translation>Akutleverans till särskilt boende kan bara ske till en patient: akut samleverans finns inte.</translation>
    </message>
    <message>
      <source>Express delivery is for nutrition products only.</source>
      <translation>Expressleverans gäller endast näringsprodukter.</translation>
    </message>
    <message>
      <source>Only the prescription's prescriber can order express delivery.</source>
      <translation>Endast förskrivningens förskrivare kan beställa expressleverans.</translation>
    </message>
    <message>
      <source>Joint delivery is to a special-housing unit.</source>
      <translation>Samleverans sker till en enhet på ett särskilt boende.</translation>
    </message>
    <message>
      <source>Nutrition products are never delivered jointly.</source>
      <translation>Näringsprodukter samlevereras aldrig.</translation>
    </message>
    <message>
      <source>A joint delivery is to one customer number: these orders are for {count}.</source>
      <translation>En samleverans går till ett kundnummer: de här beställningarna gäller {count}.</translation>
    </message>
    <message>
      <source>Joint ordering needs the Sambeställning right for the unit.</source>
      <translation>Sambeställning kräver behörigheten Sambeställning – Särskilt boende för enheten.</translation>
    </message>
    <message>
      <source>The district or municipality has no delivery days set.</source>
      <translation>Stadsdelen eller kommunen har inga leveransdagar angivna.</translation>
    </message>
    <message>
      <source>No article {article} is in the assortment: see pumpdesk list articles.</source>
      <translation>Ingen artikel {article} finns i sortimentet: se pumpdesk list articles.</translation>
    </message>
    <message>
      <source>'{text}' is not an article number: letters, digits, '.' and '-', at most 40.</source>
      <translation>'{text}' är inget artikelnummer: bokstäver, siffror, '.' och '-', högst 40.</translation>
    </message>
    <message>
      <source>An article needs a name (in Swedish, Norwegian or English).</source>
      <translation>En artikel behöver ett namn (på svenska, norska eller engelska).</translation>
    </message>
    <message>
      <source>An article needs its pack, e.g. "14-day pack" or "box of 100".</source>
      <translation>En artikel behöver sin förpackning, t.ex. "14-dagarsförpackning" eller "förpackning om 100".</translation>
    </message>
    <message>
      <source>{article} is no longer in the assortment: choose another article.</source>
      <translation>{article} finns inte längre i sortimentet: välj en annan artikel.</translation>
    </message>
    <message>
      <source>{article} is not supplied by the depot: it comes from the pharmacy on prescription, like medicines, and cannot be ordered here.</source>
      <translation>{article} levereras inte av centralen: den kommer från apoteket på recept, som läkemedel, och kan inte beställas här.</translation>
    </message>
    <message>
      <source>A prescription of consumables needs at least one article: --article ART=N.</source>
      <translation>En förskrivning av förbrukningsartiklar behöver minst en artikel: --article ART=N.</translation>
    </message>
    <message>
      <source>{days} days is not a period for the quantities (1–366 days).</source>
      <translation>{days} dagar är ingen period för antalen (1–366 dagar).</translation>
    </message>
    <message>
      <source>The prescription would end ({valid_to}) before it starts ({valid_from}).</source>
      <translation>Förskrivningen skulle sluta ({valid_to}) innan den börjar ({valid_from}).</translation>
    </message>
    <message>
      <source>'{supply}' is not a way of supply: stocked, outside or pharmacy.</source>
      <translation>'{supply}' är inget leveranssätt: stocked (lagerlagd), outside (utanför sortimentet) eller pharmacy (apoteket).</translation>
    </message>
    <message>
      <source>'{language}' is not a language an article is named in: sv, nb or en.</source>
      <translation>'{language}' är inget språk en artikel har namn på: sv, nb eller en.</translation>
    </message>
    <message>
      <source>'{item}' is not ARTICLE=QUANTITY.</source>
      <translation>'{item}' är inte ARTIKEL=ANTAL.</translation>
    </message>
    <message>
      <source>{quantity} of {article} is not a quantity to prescribe (1–999 per period).</source>
      <translation>{quantity} av {article} är inget antal att förskriva (1–999 per period).</translation>
    </message>
    <message>
      <source>This person has no prescription of consumables: register one first.</source>
      <translation>Personen har ingen förskrivning av förbrukningsartiklar: registrera en först.</translation>
    </message>
    <message>
      <source>The prescription of consumables is not valid on {day}: it is valid from {valid_from} to {valid_to}.</source>
      <translation>Förskrivningen av förbrukningsartiklar gäller inte {day}: den gäller från {valid_from} till {valid_to}.</translation>
    </message>
    <message>
      <source>Name at least one article to order.</source>
      <translation>Ange minst en artikel att beställa.</translation>
    </message>
    <message>
      <source>The prescription of a protected identity allows one order only, and it has been made.</source>
      <translation>Förskrivningen för en skyddad identitet medger bara ett uttag, och det är redan gjort.</translation>
    </message>
    <message>
      <source>Order {number} is outside the assortment: it is never returnable.</source>
      <translation>Uttag {number} ligger utanför sortimentet: det kan aldrig returneras.</translation>
    </message>
    <message>
      <source>Order {number} waits for the prescriber's written justification: add it to register the order.</source>
      <translation>Uttag {number} väntar på förskrivarens skriftliga motivering: lägg till den för att registrera uttaget.</translation>
    </message>
    <message>
      <source>Order {number} is {state}: it cannot become {to}.</source>
      <translation>Uttag {number} har läget {state}: det kan inte få läget {to}.</translation>
    </message>
    <message>
      <source>Order {number} does not wait for a justification (it is {state}).</source>
      <translation>Uttag {number} väntar inte på någon motivering (läge: {state}).</translation>
    </message>
    <message>
      <source>Write the prescriber's justification for the articles outside the assortment.</source>
      <translation>Skriv förskrivarens motivering för artiklarna utanför sortimentet.</translation>
    </message>
    <message>
      <source>Order at least one of {article} (asked: {quantity}).</source>
      <translation>Beställ minst en av {article} (angivet: {quantity}).</translation>
    </message>
    <message>
      <source>{article} is not on this person's prescription of consumables.</source>
      <translation>{article} finns inte på personens förskrivning av förbrukningsartiklar.</translation>
    </message>
    <message>
      <source>{quantity} of {article} is more than is left this period ({start} to {last}): {left} left.</source>
      <translation>{quantity} av {article} är mer än som finns kvar denna period ({start} till {last}): {left} kvar.</translation>
    </message>
    <message>
      <source>Order {number} is {state}: an order can be cancelled only before it is dispatched.</source>
      <translation>Uttag {number} har läget {state}: ett uttag kan bara makuleras innan det har skickats.</translation>
    </message>
    <message>
      <source>'{text}' is not an order state: {states}.</source>
      <translation>'{text}' är inget läge för ett uttag: {states}.</translation>
    </message>
    <message>
      <source>Withdrawal number {number} is not of order series {series}, the series of workstation {workstation}: this order was not made centrally.</source>
      <translation>Uttagsnummer {number} hör inte till uttagsserie {series}, arbetsplats {workstation}s serie: uttaget gjordes inte centralt.</translation>
    </message>
    <message>
      <source>Withdrawal number {number} already names another order in the region (a database restored from a backup, or a copy, gives numbers again): this order was not made centrally.</source>
      <translation>Uttagsnummer {number} betecknar redan ett annat uttag i regionen (en databas återställd från en säkerhetskopia, eller en kopia, ger nummer igen): uttaget gjordes inte centralt.</translation>
    </message>
    <message>
      <source>The prescription {prescription} of a protected identity allows one order only: order {number} was made from it already in the region.</source>
      <translation>Förskrivningen {prescription} för en skyddad identitet medger bara ett uttag: uttag {number} är redan gjort på den i regionen.</translation>
    </message>
    <message>
      <source>Give the prescribing unit: --unit CUSTNO (the unit the prescription is made for; for a protected identity its recipient).</source>
      <translation>Ange förskrivande enhet: --unit KUNDNR (enheten förskrivningen görs för; för en skyddad identitet dess mottagare).</translation>
    </message>
    <message>
      <source>A new article needs its product area and its pack: --area and --pack.</source>
      <translation>En ny artikel behöver sitt produktområde och sin förpackning: --area och --pack.</translation>
    </message>
    <message>
      <source>No order {number}: check the withdrawal number.</source>
      <translation>Inget uttag {number}: kontrollera uttagsnumret.</translation>
    </message>
    <message>
      <source>A protected identity is not in the register: give the prescription's number (e.g. KASSA1-K3) instead.</source>
      <translation>En skyddad identitet finns inte i registret: ange förskrivningens nummer (t.ex. KASSA1-K3) i stället.</translation>
    </message>
    <message>
      <source>{key} is not in the register: register a prescription of consumables for them first.</source>
      <translation>{key} finns inte i registret: registrera först en förskrivning av förbrukningsartiklar för personen.</translation>
    </message>
    <message>
      <source>'{mode}' is not a delivery mode.</source>
      <translation type="vanished">'{mode}' är inget leveranssätt.</translation>
    </message>
    <message>
      <source>'{text}' is not who ordered: patient, relative, staff or prescriber.</source>
      <translation>'{text}' är inte vem som beställde: patient, relative (anhörig), staff (personal) eller prescriber (förskrivare).</translation>
    </message>
    <message>
      <source>All 99 order series of the region are given: workstation {workstation} cannot number orders of consumables.</source>
      <translation>Regionens alla 99 uttagsserier är utdelade: arbetsplats {workstation} kan inte numrera uttag av förbrukningsartiklar.</translation>
    </message>
    <message>
      <source>'{text}' is not a moment: "YYYY-MM-DD HH:MM".</source>
      <translation>'{text}' är ingen tidpunkt: "ÅÅÅÅ-MM-DD TT:MM".</translation>
    </message>
    <message>
      <source>Name one order to print: its withdrawal number.</source>
      <translation>Ange en beställning att skriva ut: dess uttagsnummer.</translation>
    </message>
    <message>
      <source>A depot offers at least one delivery mode.</source>
      <translation>En depå erbjuder minst ett leveranssätt.</translation>
    </message>
    <message>
      <source>A supplier's lead time is 0 to 365 working days.</source>
      <translation>En leverantörs leveranstid är 0 till 365 arbetsdagar.</translation>
    </message>
    <message>
      <source>'{mode}' is not a delivery mode: {modes}.</source>
      <translation>'{mode}' är inget leveranssätt: {modes}.</translation>
    </message>
    <message>
      <source>'{text}' is not a way to notify: sms, email or letter.</source>
      <translation>'{text}' är inget sätt att avisera: sms, email eller letter.</translation>
    </message>
    <message>
      <source>'{text}' is not a weekday: mon, tue, wed, thu, fri, sat, sun.</source>
      <translation>'{text}' är ingen veckodag: mon, tue, wed, thu, fri, sat, sun.</translation>
    </message>
    <message>
      <source>A joint delivery needs at least one patient's order.</source>
      <translation>En samleverans behöver minst en patients beställning.</translation>
    </message>
    <message>
      <source>Each patient has one order in a joint delivery: {person} is named twice.</source>
      <translation>Varje patient har en beställning i en samleverans: {person} anges två gånger.</translation>
    </message>
    <message>
      <source>'{text}' is not a line: PERSON:ART=N[,ART=N].</source>
      <translation>'{text}' är ingen rad: PERSON:ART=N[,ART=N].</translation>
    </message>
    <message>
      <source>Prescription {prescription} was made before the person's personal data became protected, and serves no more orders: register a new prescription for the protected identity (the prescribing unit as recipient).</source>
      <translation>Förskrivning {prescription} gjordes innan personens personuppgifter blev skyddade och gäller inte för fler beställningar: registrera en ny förskrivning för den skyddade identiteten (med förskrivande enhet som mottagare).</translation>
    </message>
    <message>
      <source>A unit's delivery address needs its street, postcode and town.</source>
      <translation>En enhets leveransadress behöver gatuadress, postnummer och ort.</translation>
    </message>
    <message>
      <source>A protected identity's order goes to the prescribing unit, and the register has no delivery address for {unit}: add it first (pumpdesk unit {number} … --address … --postcode … --town …).</source>
      <translation>En beställning för en skyddad identitet går till den förskrivande enheten, och registret har ingen leveransadress för {unit}: lägg in den först (pumpdesk unit {number} … --address … --postcode … --town …).</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) has no contact person for its buffer stock: a unit that keeps one names who answers for it. Give the unit its contact person first (pumpdesk unit {unit} … --contact NAME).</source>
      <translation>{unit_name} ({unit}) har ingen kontaktperson för sitt buffertlager: en enhet med lager utser en kontaktperson för lagerhanteringen. Ange enhetens kontaktperson först (pumpdesk unit {unit} … --contact NAMN).</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) keeps a buffer stock, which needs a contact person: name another one instead, or end its targets first.</source>
      <translation>{unit_name} ({unit}) har ett buffertlager, som behöver en kontaktperson: ange en annan i stället, eller avsluta först nivåerna (sätt dem till 0).</translation>
    </message>
  </context>
  <context>
    <name>RegistersDialog</name>
    <message>
      <source>Staff and prescribers</source>
      <translation type="vanished">Personal och förskrivare</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="134" />
      <source>Staff, prescribers and payers</source>
      <translation>Personal, förskrivare och betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="135" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="135" />
      <location filename="../../app/gui/registers.py" line="137" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="135" />
      <source>Roles</source>
      <translation>Roller</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="136" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="136" />
      <source>Card code</source>
      <translation>Kortkod</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="137" />
      <location filename="../../app/gui/registers.py" line="146" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="137" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="138" />
      <source>Product areas</source>
      <translation>Produktområden</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="138" />
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="146" />
      <source>Payer</source>
      <translation>Betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="146" />
      <source>Invoice address</source>
      <translation>Fakturaadress</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="147" />
      <source>Reference</source>
      <translation>Referens</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="147" />
      <source>Pays for</source>
      <translation>Betalar för</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="157" />
      <source>Staff</source>
      <translation>Personal</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="158" />
      <source>Prescribers</source>
      <translation>Förskrivare</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="159" />
      <source>Payers</source>
      <translation>Betalare</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="184" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="184" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="192" />
      <source>every product area</source>
      <translation>alla produktområden</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="217" />
      <source>every area</source>
      <translation>alla områden</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="59" />
      <source>Pumps out now</source>
      <translation>Pumpar ute nu</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="59" />
      <source>Loans started and ended</source>
      <translation>Lån startade och avslutade</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="60" />
      <source>Lost pumps charged per unit</source>
      <translation>Förlorade pumpar debiterade per enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="61" />
      <source>Faults and time in service</source>
      <translation>Fel och tid på service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="62" />
      <source>Preventive maintenance done and due</source>
      <translation>Förebyggande underhåll gjort och förfallet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="63" />
      <source>Replenishment runs and shortages</source>
      <translation>Påfyllningskörningar och brister</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="64" />
      <source>Stocktake differences</source>
      <translation>Inventeringsdifferenser</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="74" />
      <location filename="../../app/gui/tabs/reports_tab.py" line="129" />
      <source>All units</source>
      <translation>Alla enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="75" />
      <source>&amp;Show</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="78" />
      <source>Save as &amp;CSV …</source>
      <translation>Spara som &amp;CSV …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="79" />
      <source>Save as &amp;XLSX …</source>
      <translation>Spara som &amp;XLSX …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="80" />
      <source>Save as &amp;PDF …</source>
      <translation>Spara som &amp;PDF …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="91" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="93" />
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="95" />
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="97" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="110" />
      <source>Choose a report and its period, then Show or Save</source>
      <translation>Välj en rapport och dess period, sedan Visa eller Spara</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="115" />
      <source>Reports</source>
      <translation>Rapporter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="118" />
      <source>Scans are taken on the counter's tabs, not here.</source>
      <translation>Skanningar tas emot på diskens flikar, inte här.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/reports_tab.py" line="150" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>1 rad</numerusform>
        <numerusform>%n rader</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="173" />
      <source>Save the report</source>
      <translation>Spara rapporten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="174" />
      <source>Spreadsheet (*.xlsx)</source>
      <translation>Kalkylblad (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="187" />
      <source>Report saved</source>
      <translation>Rapporten är sparad</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="192" />
      <source>Not done</source>
      <translation>Inte utfört</translation>
    </message>
  </context>
  <context>
    <name>RequestsBox</name>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="181" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="181" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="181" />
      <source>Asks for</source>
      <translation>Begär</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="182" />
      <source>Why</source>
      <translation>Varför</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="182" />
      <source>Asked by</source>
      <translation>Begärt av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="182" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="183" />
      <source>Approve</source>
      <translation>Godkänn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="185" />
      <source>Reject</source>
      <translation>Avslå</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="193" />
      <source>Requests for a larger stock</source>
      <translation>Begäran om större lager</translation>
    </message>
  </context>
  <context>
    <name>ReturnTab</name>
    <message>
      <source>Returns desk (Alt+R)</source>
      <translation type="vanished">Återlämningsdisk (Alt+R)</translation>
    </message>
    <message>
      <source>Cleaning station (Alt+C)</source>
      <translation type="vanished">Rengöringsstation (Alt+C)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="35" />
      <source>&amp;Returns desk</source>
      <translation>Å&amp;terlämning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="36" />
      <source>&amp;Cleaning station</source>
      <translation>&amp;Rengöringsstation</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="44" />
      <source>Scan a pump, or type its number and press Enter</source>
      <translation>Skanna en pump, eller skriv dess nummer och tryck Enter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="46" />
      <source>Fault noted with the next return (leave empty if none)</source>
      <translation>Fel som noteras vid nästa återlämning (lämna tomt om inget)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="48" />
      <source>&amp;Fault:</source>
      <translation>&amp;Fel:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="51" />
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="51" />
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="51" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="52" />
      <source>From unit</source>
      <translation>Från enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="52" />
      <source>Now</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="52" />
      <source>Fault</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="73" />
      <source>Return</source>
      <translation>Återlämning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="86" />
      <source>Cleaning station: scan a cleaned and checked pump</source>
      <translation>Rengöringsstation: skanna en rengjord och kontrollerad pump</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="87" />
      <source>Returns desk: scan a pump to return it</source>
      <translation>Återlämningsdisk: skanna en pump för att återlämna den</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="109" />
      <source>Returned: {pump} · {model}</source>
      <translation>Återlämnad: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="112" />
      <source>Received back: {pump} · {model}</source>
      <translation>Mottagen tillbaka: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="115" />
      <source>Returned with a fault: {pump} · {model}</source>
      <translation>Återlämnad med fel: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="117" />
      <source>Was with {holder}</source>
      <translation>Var hos {holder}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="121" />
      <source>since {date}</source>
      <translation>sedan {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="123" />
      <source>Now: {state}</source>
      <translation>Nu: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="125" />
      <source>Send it back to counter {counter}, which lent it.</source>
      <translation>Skicka den tillbaka till disk {counter}, som lånade ut den.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="128" />
      <source>Recall {reference}: {pump} · {model}</source>
      <translation>Återkallelse {reference}: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="130" />
      <source>Recall {reference}: {todo} before it is lent again.</source>
      <translation>Återkallelse {reference}: {todo} innan den lånas ut igen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="140" />
      <source>Cleaned and checked: {pump} · {model}</source>
      <translation>Rengjord och kontrollerad: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="142" />
      <source>Ready to be lent again.</source>
      <translation>Klar att lånas ut igen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="148" />
      <source>Not cleaned</source>
      <translation>Inte rengjord</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="148" />
      <source>Not returned</source>
      <translation>Inte återlämnad</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/return_tab.py" line="172" />
      <source>Returned today: %n pump(s)</source>
      <translation>
        <numerusform>Återlämnade i dag: %n pump</numerusform>
        <numerusform>Återlämnade i dag: %n pumpar</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanDesk</name>
    <message>
      <location filename="../../app/gui/scan_desk.py" line="84" />
      <source>Scanned {code} while a dialog is open: it is done when the dialog closes.</source>
      <extracomment>A scan in a message is shown this short at most. Scans made while a dialog was open: (text, when), in scan order.</extracomment>
      <translation>Skannade {code} medan en dialogruta är öppen: det görs när dialogrutan stängs.</translation>
    </message>
  </context>
  <context>
    <name>ScannerTestDialog</name>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="53" />
      <source>Scanner test</source>
      <extracomment>A scanner set to send no Enter: its scan is over after this long without a key. Pauses shown one by one; a longer scan's are summed up.</extracomment>
      <translation>Skannertest</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="62" />
      <source>Scan anything — a pump's label, a UDI, any barcode — once or several times. What arrives is shown here; nothing is done with it.</source>
      <translation>Skanna vad som helst — en pumps etikett, en UDI, vilken streckkod som helst — en eller flera gånger. Det som kommer fram visas här; inget görs med det.</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="73" />
      <source>Nothing scanned yet</source>
      <translation>Inget skannat än</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="76" />
      <source>Text:</source>
      <translation>Text:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="77" />
      <source>Symbology prefix:</source>
      <translation>Symbologiprefix:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="77" />
      <source>Read as:</source>
      <translation>Läses som:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="78" />
      <source>Keys:</source>
      <translation>Tangenter:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="78" />
      <source>Pauses between keys:</source>
      <translation>Pauser mellan tangenter:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="79" />
      <source>At the counter:</source>
      <translation>Vid disken:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="155" />
      <source>none</source>
      <translation>inget</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="157" />
      <source>a symbology PumpDesk does not know</source>
      <translation>en symbologi som PumpDesk inte känner till</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="165" />
      <source>{gaps} ms (longest {longest} ms)</source>
      <translation>{gaps} ms (längst {longest} ms)</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="168" />
      <source>taken as a scan with the pause set now ({gap} ms)</source>
      <translation>tas som en skanning med pausen som är inställd nu ({gap} ms)</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="170" />
      <source>NOT taken as a scan with the pause set now ({gap} ms): the keys would go to the field, as a person's typing.</source>
      <translation>tas INTE som en skanning med pausen som är inställd nu ({gap} ms): tangenterna skulle hamna i fältet, som när en person skriver.</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="180" />
      <source>GS1 UDI: GTIN {gtin}, serial number {serial}</source>
      <translation>GS1-UDI: GTIN {gtin}, serienummer {serial}</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="183" />
      <source>GS1 UDI: GTIN {gtin}; the rest could not be split (no GS separator arrived)</source>
      <translation>GS1-UDI: GTIN {gtin}; resten gick inte att dela upp (ingen GS-avgränsare kom fram)</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="185" />
      <source>a registration number: {code}</source>
      <translation>ett registreringsnummer: {code}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/scanner_test.py" line="188" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n tecken</numerusform>
        <numerusform>%n tecken</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="192" />
      <source>{key} pressed {times}×</source>
      <translation>{key} nedtryckt {times}×</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="195" />
      <source>ended by {key}</source>
      <translation>avslutad med {key}</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="197" />
      <source>no Enter at the end</source>
      <translation>ingen Enter på slutet</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="199" />
      <source>“{char}” read as GS</source>
      <translation>”{char}” läst som GS</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="207" />
      <source>No scan ended with Enter: set the scanner to send Enter after each code.</source>
      <translation>Ingen skanning slutade med Enter: ställ in skannern så att den skickar Enter efter varje kod.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/scanner_test.py" line="211" />
      <source>Suggested pause: {gap} ms — the shortest that takes all %n scan(s) is {needed} ms.</source>
      <translation>
        <numerusform>Föreslagen paus: {gap} ms — den kortaste som tar emot skanningen är {needed} ms.</numerusform>
        <numerusform>Föreslagen paus: {gap} ms — den kortaste som tar emot alla %n skanningar är {needed} ms.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="215" />
      <source>This scanner pauses as long as a person typing fast: set it to send its keys faster (its inter-character delay), or typing may be taken for scans.</source>
      <translation>Den här skannern pausar lika länge som en person som skriver snabbt: ställ in den så att den skickar tangenterna snabbare (dess fördröjning mellan tecken), annars kan det som skrivs tas för skanningar.</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="219" />
      <source>Use {gap} ms</source>
      <translation>Använd {gap} ms</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../app/gui/settings.py" line="46" />
      <source>Language</source>
      <extracomment>For a setting with a fixed set of values: (value, translatable label) pairs. For a number: the range it may take, and its unit after it (" ms").</extracomment>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="49" />
      <source>Workstation id (unique in the region)</source>
      <translation>Arbetsplatsens id (unikt i regionen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="50" />
      <source>Depot name</source>
      <translation>Förrådets namn</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="52" />
      <source>Depot address</source>
      <translation>Förrådets adress</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="53" />
      <source>Depot phone</source>
      <translation>Förrådets telefon</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="54" />
      <source>Depot e-mail</source>
      <translation>Förrådets e-post</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="56" />
      <source>Opening hours</source>
      <translation>Öppettider</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="58" />
      <source>Country (calendar and identity numbers)</source>
      <translation>Land (kalender och identitetsnummer)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="59" />
      <source>Sweden</source>
      <translation>Sverige</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="60" />
      <source>Norway</source>
      <translation>Norge</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="62" />
      <source>Language of printed paper</source>
      <translation>Språk på utskrifter</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="63" />
      <source>The country's language</source>
      <translation>Landets språk</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="67" />
      <source>Loans start in specialist care</source>
      <translation>Lån påbörjas i specialistvården</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="68" />
      <source>As the country does (required in Norway)</source>
      <translation>Som landet gör (krav i Norge)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="69" />
      <source>Required: specialist care or a regional agreement</source>
      <translation>Krav: specialistvård eller avtal med regionen</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="70" />
      <source>Not required</source>
      <translation>Inget krav</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="73" />
      <source>Prescriber not in the register</source>
      <translation>Förskrivare som inte finns i registret</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="74" />
      <source>Refused: must be registered</source>
      <translation>Nekas: måste vara registrerad</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="75" />
      <source>Allowed where none is registered (unverified)</source>
      <translation>Tillåts där ingen är registrerad (ej verifierad)</translation>
    </message>
    <message>
      <source>Refused: the prescriber must be registered</source>
      <translation type="vanished">Nekas: förskrivaren måste finnas i registret</translation>
    </message>
    <message>
      <source>Allowed for units no registered prescriber works for, marked unverified</source>
      <translation type="vanished">Tillåts för enheter som ingen registrerad förskrivare arbetar för, markerad som ej verifierad</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="77" />
      <source>Days a transport loan lasts (default 2)</source>
      <translation>Dagar ett transportlån varar (standard 2)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="79" />
      <source>This workstation has been set up</source>
      <translation>Arbetsplatsen är inställd</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="82" />
      <source>Receipt printer (80 mm)</source>
      <translation>Kvittoskrivare (80 mm)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="84" />
      <source>A4 printer (loan forms, packing slips)</source>
      <translation>A4-skrivare (låneblanketter, följesedlar)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="86" />
      <source>Label printer (62 × 29 mm)</source>
      <translation>Etikettskrivare (62 × 29 mm)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="88" />
      <source>Print the loan form with every receipt</source>
      <translation>Skriv ut låneblanketten med varje lånebekräftelse</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="92" />
      <source>Pause between a scanner's keys, up to</source>
      <translation>Paus mellan en skanners tangenter, högst</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="95" />
      <source>Same code again within this is a double read</source>
      <translation>Samma kod igen inom denna tid är en dubbelläsning</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="99" />
      <source>Character the scanner sends for GS</source>
      <translation>Tecken som skannern skickar i stället för GS</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="100" />
      <source>none: GS itself (Ctrl+])</source>
      <translation>inget: GS självt (Ctrl+])</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="104" />
      <source>Sign out after this long without use</source>
      <translation>Logga ut efter så här lång tid utan användning</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="108" />
      <source>Address (PostgreSQL URL)</source>
      <translation>Adress (PostgreSQL-URL)</translation>
    </message>
    <message>
      <source>Central database (PostgreSQL URL, without password)</source>
      <translation type="vanished">Central databas (PostgreSQL-adress, utan lösenord)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="326" />
      <source>Settings</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="327" />
      <source>Printers and the scanner apply at once; the language and the central database when PumpDesk next starts.</source>
      <translation>Skrivare och skanner gäller direkt; språk och central databas när PumpDesk startas nästa gång.</translation>
    </message>
    <message>
      <source>Printers apply at once; the language and the central database when PumpDesk next starts.</source>
      <translation type="vanished">Skrivare gäller direkt; språk och central databas när PumpDesk startas nästa gång.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="328" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
  </context>
  <context>
    <name>SetupForm</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="87" />
      <source>Workstation</source>
      <extracomment>Letters, digits and dashes, as loan numbers carry it ("KASSA1-000042").</extracomment>
      <translation>Arbetsplats</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="87" />
      <source>Depot</source>
      <translation>Förråd</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="88" />
      <source>Central database (optional)</source>
      <translation>Central databas (valfritt)</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="89" />
      <source>Printers</source>
      <translation>Skrivare</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="89" />
      <source>Barcode scanner</source>
      <translation>Streckkodsskanner</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="109" />
      <source>kept in the system's password store, never in a file</source>
      <translation>sparas i systemets lösenordsvalv, aldrig i en fil</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="110" />
      <source>Password</source>
      <translation>Lösenord</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="111" />
      <source>Test connection</source>
      <translation>Testa anslutningen</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="124" />
      <source>Test the scanner …</source>
      <translation>Testa skannern …</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="150" />
      <source>(ask when printing)</source>
      <translation>(fråga vid utskrift)</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="161" />
      <source>e.g. KASSA1</source>
      <translation>t.ex. KASSA1</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="199" />
      <source>Give this workstation an id: capital letters, digits and dashes, for instance KASSA1.</source>
      <translation>Ge arbetsplatsen ett id: versaler, siffror och bindestreck, till exempel KASSA1.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="202" />
      <source>Give the depot's name: it is printed on every document.</source>
      <translation>Ange förrådets namn: det skrivs ut på varje dokument.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="229" />
      <source>No central database: this workstation will work alone.</source>
      <translation>Ingen central databas: arbetsplatsen arbetar ensam.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="233" />
      <source>Connecting …</source>
      <translation>Ansluter …</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="239" />
      <source>Connected: PostgreSQL {version}, PumpDesk schema found.</source>
      <translation>Ansluten: PostgreSQL {version}, PumpDesks schema finns.</translation>
    </message>
  </context>
  <context>
    <name>SignInBar</name>
    <message>
      <source>Staff and prescribers</source>
      <translation type="vanished">Personal och förskrivare</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="168" />
      <source>Registers</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="179" />
      <source>Nobody signed in — scan your staff card</source>
      <translation>Ingen inloggad – skanna ditt personalkort</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="181" />
      <source>Sign in…</source>
      <translation>Logga in…</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="183" />
      <source>Signed in: {name}</source>
      <translation>Inloggad: {name}</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="185" />
      <source>Sign out</source>
      <translation>Logga ut</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../app/gui/sign_in.py" line="212" />
      <location filename="../../app/gui/sign_in.py" line="223" />
      <source>Sign in</source>
      <extracomment>A staff card scanned while this is open signs in (``ScanDesk``).</extracomment>
      <translation>Logga in</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="227" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="228" />
      <source>PIN</source>
      <translation>PIN-kod</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="230" />
      <source>Scan your staff card, or choose your name and type your PIN.</source>
      <translation>Skanna ditt personalkort, eller välj ditt namn och skriv din PIN-kod.</translation>
    </message>
  </context>
  <context>
    <name>StockTab</name>
    <message>
      <source>Plan (Alt+P)</source>
      <extracomment>At a counter that syncs, a day's run is dispatched with the central claim on it.</extracomment>
      <translation type="vanished">Planera (Alt+P)</translation>
    </message>
    <message>
      <source>Dispatch … (Alt+D)</source>
      <translation type="vanished">Skicka … (Alt+D)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="70" />
      <source>&amp;Plan</source>
      <extracomment>At a counter that syncs, a day's run is dispatched with the central claim on it.</extracomment>
      <translation>&amp;Planera</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="71" />
      <source>&amp;Dispatch …</source>
      <translation>&amp;Skicka …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="74" />
      <source>Levels</source>
      <translation>Nivåer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="75" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="75" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="76" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="76" />
      <source>In stock</source>
      <translation>I lager</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="77" />
      <source>Short</source>
      <translation>Fattas</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="77" />
      <source>With patients</source>
      <translation>Hos patienter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="80" />
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="80" />
      <source>Sent</source>
      <translation>Skickat</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="80" />
      <source>Missing</source>
      <translation>Saknas</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="81" />
      <source>Ran at</source>
      <translation>Kördes</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="81" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="82" />
      <source>Double-click a run (or Enter) to print its packing slips again</source>
      <translation>Dubbelklicka på en körning (eller Enter) för att skriva ut dess följesedlar igen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="92" />
      <source>&amp;Unit:</source>
      <translation>&amp;Enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="94" />
      <source>&amp;Model:</source>
      <translation>&amp;Modell:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="234" />
      <source>Check it, then {dispatch} — nothing is sent until then.</source>
      <translation>Kontrollera den och välj sedan {dispatch} — inget skickas innan dess.</translation>
    </message>
    <message>
      <source>Mo&amp;del:</source>
      <translation type="vanished">Mo&amp;dell:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="108" />
      <source>Past runs</source>
      <translation>Tidigare körningar</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="115" />
      <source>&amp;Levels and targets</source>
      <translation>&amp;Nivåer och mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="116" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="117" />
      <source>Past &amp;runs</source>
      <translation>Tidigare &amp;körningar</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="118" />
      <location filename="../../app/gui/tabs/stock_tab.py" line="214" />
      <source>Re&amp;quests</source>
      <translation>&amp;Förfrågningar</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="124" />
      <source>Plan the next run, check it, then dispatch it</source>
      <translation>Planera nästa körning, kontrollera den och skicka den sedan</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="128" />
      <source>Stock</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="143" />
      <source>{pump}: {state}</source>
      <translation>{pump}: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="165" />
      <source>All units</source>
      <translation>Alla enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="168" />
      <source>All models</source>
      <translation>Alla modeller</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="185" />
      <source>Levels: {lines} short by {pumps} pumps</source>
      <translation>Nivåer: {lines} saknar totalt {pumps} pumpar</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="187" />
      <source>Levels: every unit at its target</source>
      <translation>Nivåer: alla enheter har sitt mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="214" />
      <source>Re&amp;quests ({count})</source>
      <translation>&amp;Förfrågningar ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="228" />
      <source>{missing} pumps short: not enough ready pumps.</source>
      <translation>{missing} pumpar fattas: för få klara pumpar.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="232" />
      <source>Plan for {day}: {pumps} pumps to {units} units</source>
      <translation>Plan för {day}: {pumps} pumpar till {units} enheter</translation>
    </message>
    <message>
      <source>Check it, then Dispatch (Alt+D) — nothing is sent until then.</source>
      <translation type="vanished">Kontrollera den och välj sedan Skicka (Alt+D) — inget skickas innan dess.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="238" />
      <source>Nothing to send for {day}</source>
      <translation>Inget att skicka för {day}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="250" />
      <source>Dispatch</source>
      <translation>Skicka</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="251" />
      <source>Send {pumps} pumps to {units} units for {day}? A packing slip is printed for each unit.</source>
      <translation>Skicka {pumps} pumpar till {units} enheter för {day}? En följesedel skrivs ut för varje enhet.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="265" />
      <source>Not sent, no longer ready or no longer needed: {pumps}. Plan again to replace them.</source>
      <translation>Inte skickade, inte längre klara eller inte längre behövda: {pumps}. Planera igen för att ersätta dem.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="269" />
      <source>Not sent to {unit}: {reason}</source>
      <translation>Inte skickat till {unit}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="273" />
      <source>{missing} pumps are still missing: not enough ready pumps.</source>
      <translation>{missing} pumpar saknas fortfarande: för få klara pumpar.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="276" />
      <source>Dispatched {pumps} pumps to {units} units</source>
      <translation>Skickade {pumps} pumpar till {units} enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="280" />
      <source>Nothing was dispatched</source>
      <translation>Inget skickades</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="292" />
      <source>Target set: {unit} keeps {target} {model}</source>
      <translation>Mål satt: {unit} har {target} {model} i lager</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="297" />
      <source>{unit}: {requested} {model}</source>
      <translation>{unit}: {requested} {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="300" />
      <source>Request approved</source>
      <translation>Begäran godkänd</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="300" />
      <source>Request rejected</source>
      <translation>Begäran avslagen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="309" />
      <source>A target changed: plan again.</source>
      <translation>Ett mål ändrades: planera igen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="313" />
      <source>Not done</source>
      <translation>Inte utfört</translation>
    </message>
  </context>
  <context>
    <name>SyncIndicator</name>
    <message>
      <location filename="../../app/gui/sync_status.py" line="147" />
      <source>Central: no answer since {time} · {pending} waiting</source>
      <extracomment>After an action, wait this long for more before syncing: a scan burst goes out at once. A cycle that has not answered for this long is shown as such, not as "online": the network may hang up to the connection's bound (``app.sync.connection.BOUND_S``). A cycle begins (from the sync thread), with how many events wait to go out: the status bar watches for its answer.</extracomment>
      <translation>Central: inget svar sedan {time} · {pending} väntar</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="149" />
      <source>The central database has not answered since {time}. Work goes on here; what waits goes out when it answers.</source>
      <translation>Den centrala databasen har inte svarat sedan {time}. Arbetet fortsätter här; det som väntar skickas när den svarar.</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="157" />
      <source>Central: not set up (this workstation works alone)</source>
      <translation>Central: inte inställd (arbetsplatsen arbetar ensam)</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="167" />
      <source>Central: reached, but the central judge is not running · {pending} waiting — work goes on here</source>
      <translation>Central: nådd, men centraldomaren körs inte · {pending} väntar — arbetet fortsätter här</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="174" />
      <source>Central: online · {pending} waiting · last sync {time}</source>
      <translation>Central: ansluten · {pending} väntar · senaste synk {time}</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="180" />
      <source>Central: offline since {time} · {pending} waiting — work goes on here</source>
      <translation>Central: frånkopplad sedan {time} · {pending} väntar — arbetet fortsätter här</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="185" />
      <source>Central: this workstation is not enrolled as itself — ask your technician · {pending} waiting</source>
      <translation>Central: den här arbetsplatsen är inte registrerad som sig själv — fråga er tekniker · {pending} väntar</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="189" />
      <source>Central: {error} · {pending} waiting — work goes on here</source>
      <translation>Central: {error} · {pending} väntar — arbetet fortsätter här</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="198" />
      <source>Central: two databases are working as {workstation} — point here for what to do · {pending} waiting</source>
      <translation>Central: två databaser arbetar som {workstation} — peka här för vad du ska göra · {pending} väntar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/sync_status.py" line="211" />
      <source> · clock %n min ahead</source>
      <translation>
        <numerusform> · klockan går %n min före</numerusform>
        <numerusform> · klockan går %n min före</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/sync_status.py" line="212" />
      <source> · clock %n min behind</source>
      <translation>
        <numerusform> · klockan går %n min efter</numerusform>
        <numerusform> · klockan går %n min efter</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="213" />
      <source>This computer's clock is off the central server's, so events get wrong times: ask your technician to set it.</source>
      <translation>Datorns klocka går fel mot den centrala serverns, så händelser får fel tid: be teknikern att ställa den.</translation>
    </message>
    <message>
      <source>Central: another workstation uses this workstation's id — ask your technician · {pending} waiting</source>
      <translation type="vanished">Central: en annan arbetsplats använder den här arbetsplatsens id — kontakta er tekniker · {pending} väntar</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="193" />
      <source>Central: cannot sync ({error}) · {pending} waiting</source>
      <translation>Central: kan inte synka ({error}) · {pending} väntar</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="205" />
      <source> · {count} conflicts to resolve</source>
      <translation> · {count} konflikter att åtgärda</translation>
    </message>
  </context>
  <context>
    <name>TargetForm</name>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="230" />
      <source>Set target</source>
      <translation>Sätt mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="234" />
      <source>&lt;b&gt;Set a target:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Sätt ett mål:&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="237" />
      <source>pumps:</source>
      <translation>pumpar:</translation>
    </message>
  </context>
  <context>
    <name>WorkdayLine</name>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="111" />
      <source>Sweden</source>
      <translation>Sverige</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="111" />
      <source>Norway</source>
      <translation>Norge</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="114" />
      <source>Today, &lt;b&gt;{today}&lt;/b&gt;, is a working day in {country}: plans are for today. Next working day: {next}.</source>
      <translation>I dag, &lt;b&gt;{today}&lt;/b&gt;, är en arbetsdag i {country}: planer gäller i dag. Nästa arbetsdag: {next}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="118" />
      <source>Today, &lt;b&gt;{today}&lt;/b&gt;, is &lt;b&gt;not a working day&lt;/b&gt; in {country} ({why}). Plans are for &lt;b&gt;{next}&lt;/b&gt;.</source>
      <translation>I dag, &lt;b&gt;{today}&lt;/b&gt;, är &lt;b&gt;ingen arbetsdag&lt;/b&gt; i {country} ({why}). Planer gäller &lt;b&gt;{next}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="120" />
      <source>weekend</source>
      <translation>helg</translation>
    </message>
  </context>
  <context>
    <name>_FormDialog</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="287" />
      <source>Not taken: {code}. Scans are not taken while this window is open; close it first, or try the scanner with “Test the scanner …”.</source>
      <translation>Inte mottaget: {code}. Skanningar tas inte emot medan det här fönstret är öppet; stäng det först, eller prova skannern med ”Testa skannern …”.</translation>
    </message>
  </context>
</TS>