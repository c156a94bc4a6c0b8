<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
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
      <translation>Skrankeprogrammet for en utlånssentral som låner ut medisinske pumper: utlån og retur, feil og service, enhetenes bufferlager og synkronisering med regionens sentrale database.

PumpDesk er bygget på disse frie programpakkene, hver under sin egen lisens:</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="50" />
      <source>Package</source>
      <translation>Pakke</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="50" />
      <source>Version</source>
      <translation>Versjon</translation>
    </message>
    <message>
      <location filename="../../app/gui/about.py" line="50" />
      <source>Licence</source>
      <translation>Lisens</translation>
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
      <translation>Den samme pumpen ble håndtert ved to skranker før de rakk å synkronisere. Den sentrale databasen beholdt hendelsen som kom først; den andre ble ikke gjennomført. Sjekk hvor pumpen faktisk er, rett opp med de vanlige handlingene (for eksempel ta den i retur og lån den ut igjen), og skriv så her hva som ble gjort.</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="57" />
      <source>Pump</source>
      <translation>Pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="57" />
      <source>Not carried out</source>
      <translation>Ikke gjennomført</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="58" />
      <source>Kept (came first)</source>
      <translation>Beholdt (kom først)</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="58" />
      <source>Resolved</source>
      <translation>Løst</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="69" />
      <source>What was done, e.g. 'pump is with the patient of the kept loan; nothing else to do'</source>
      <translation>Hva som ble gjort, f.eks. 'pumpen er hos pasienten i lånet som ble beholdt; ingenting mer å gjøre'</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="71" />
      <source>Mark as resolved</source>
      <translation>Merk som løst</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="99" />
      <source>{actor}, {time}</source>
      <translation>{actor}, {time}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="101" />
      <source>open</source>
      <translation>åpen</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="117" />
      <source>Not carried out: {side}</source>
      <translation>Ikke gjennomført: {side}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="118" />
      <source>Kept: {side}</source>
      <translation>Beholdt: {side}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="119" />
      <source>Resolved by {actor}: {note}</source>
      <translation>Løst av {actor}: {note}</translation>
    </message>
    <message>
      <location filename="../../app/gui/conflicts.py" line="134" />
      <source>Resolved. The other counters see it after their next sync.</source>
      <translation>Løst. De andre skrankene ser det etter neste synkronisering.</translation>
    </message>
  </context>
  <context>
    <name>CountTab</name>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="42" />
      <source>DEPOT or customer number</source>
      <translation>DEPOT eller kundenummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="46" />
      <source>&amp;Place:</source>
      <translation>St&amp;ed:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="49" />
      <source>&amp;Start count</source>
      <translation>&amp;Start varetelling</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="57" />
      <source>Res&amp;ume</source>
      <translation>&amp;Gjenoppta</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="60" />
      <source>&amp;Finish count</source>
      <translation>A&amp;vslutt varetelling</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="63" />
      <source>Scan each pump on the place, or type its number and press Enter</source>
      <translation>Skann hver pumpe på stedet, eller skriv nummeret og trykk Enter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="71" />
      <source>Found</source>
      <translation>Funnet</translation>
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
      <translation>Mangler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="72" />
      <source>Now</source>
      <translation>Nå</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="73" />
      <source>Unexpected</source>
      <translation>Uventede</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="74" />
      <source>The register puts it</source>
      <translation>Ifølge registeret</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="75" />
      <source>Report &amp;lost</source>
      <translation>Meld &amp;tapt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="76" />
      <source>Reporting a counted pump lost needs the administrator role</source>
      <translation>Å melde en opptalt pumpe tapt krever rollen administrator</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="79" />
      <source>&amp;Move into this stock</source>
      <translation>&amp;Flytt til dette lageret</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="81" />
      <source>&amp;Return</source>
      <translation>&amp;Lever inn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="116" />
      <source>Start a count of a place, or resume an open one, then scan what is there</source>
      <translation>Start en varetelling av et sted, eller gjenoppta en som pågår, og skann deretter det som står der</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="120" />
      <source>Stocktake</source>
      <translation>Varetelling</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="167" />
      <source>{place} · started {time} by {staff}</source>
      <translation>{place} · startet {time} av {staff}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="174" />
      <source>No unit's buffer stock is due for a count.</source>
      <translation>Ingen enhets bufferlager skal telles nå.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="176" />
      <source>never counted</source>
      <translation>aldri talt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="177" />
      <source>Due for a count: {units}</source>
      <translation>Skal telles: {units}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="191" />
      <source>No count in progress.</source>
      <translation>Ingen varetelling pågår.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="197" />
      <source>in progress</source>
      <translation>pågår</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="198" />
      <source>finished {time} by {staff}</source>
      <translation>avsluttet {time} av {staff}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="200" />
      <source>Count of {place} · started {time} by {staff} · {status}</source>
      <translation>Varetelling av {place} · startet {time} av {staff} · {status}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="205" />
      <source>Expected {expected}   Found {found}   Missing {missing}   Unexpected {unexpected}</source>
      <translation>Forventet {expected}   Funnet {found}   Mangler {missing}   Uventede {unexpected}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="211" />
      <source>(the first {shown} missing listed)</source>
      <translation>(de første {shown} manglende vises)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="242" />
      <source>Count started: {place}</source>
      <translation>Varetelling startet: {place}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="243" />
      <location filename="../../app/gui/tabs/count_tab.py" line="257" />
      <source>Scan each pump that is there.</source>
      <translation>Skann hver pumpe som står der.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="256" />
      <source>Count resumed: {place}</source>
      <translation>Varetelling gjenopptatt: {place}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="262" />
      <source>Not counted</source>
      <translation>Ikke talt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="263" />
      <source>No count is in progress: start a count of a place, or resume an open one.</source>
      <translation>Ingen varetelling pågår: start en varetelling av et sted, eller gjenoppta en som pågår.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="275" />
      <source>{pump} was counted already.</source>
      <translation>{pump} er allerede talt.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="279" />
      <source>Unexpected: {pump} · {model}</source>
      <translation>Uventet: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="281" />
      <source>The register puts it elsewhere: {where}. Keep it aside; resolve it when the count is finished.</source>
      <translation>Ifølge registeret er den et annet sted: {where}. Legg den til side og løs det når varetellingen er avsluttet.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="285" />
      <source>Found: {pump} · {model}</source>
      <translation>Funnet: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="297" />
      <source>Count finished: {place}</source>
      <translation>Varetelling avsluttet: {place}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="299" />
      <source>Missing {missing}, unexpected {unexpected}: resolve each below.</source>
      <translation>Mangler {missing}, uventede {unexpected}: løs hver enkelt nedenfor.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="315" />
      <location filename="../../app/gui/tabs/count_tab.py" line="326" />
      <source>Nothing chosen</source>
      <translation>Ingenting valgt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="316" />
      <source>Choose a missing pump in the list first.</source>
      <translation>Velg først en manglende pumpe i listen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="327" />
      <source>Choose an unexpected pump in the list first.</source>
      <translation>Velg først en uventet pumpe i listen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="333" />
      <source>Now: {state}</source>
      <translation>Nå: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="335" />
      <source>Charged to unit {unit}.</source>
      <translation>Belastes enhet {unit}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="336" />
      <source>At the depot's cost.</source>
      <translation>For utlånssentralens regning.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="337" />
      <source>Resolved: {pump} · {model}</source>
      <translation>Løst: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/count_tab.py" line="343" />
      <source>Not done</source>
      <translation>Ikke utført</translation>
    </message>
  </context>
  <context>
    <name>CounterSession</name>
    <message>
      <location filename="../../app/gui/sign_in.py" line="101" />
      <source>Signed out after {minutes} min without use.</source>
      <extracomment>How long a pump scanned while nobody is signed in waits for someone to sign in. The staff member now signed in, or None. A sentence for the window to show (refused card, "sign in first" …), and whether it is a refusal. Pump scans made while signed out: (text, when), done on sign-in if still fresh.</extracomment>
      <translation>Logget ut etter {minutes} min uten bruk.</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="109" />
      <source>Signed in: {name}</source>
      <translation>Logget inn: {name}</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="135" />
      <source>Sign in first: scan your staff card, or choose your name and type your PIN. The scan is done if you sign in within {seconds} seconds.</source>
      <translation>Logg inn først: skann ansattkortet ditt, eller velg navnet ditt og skriv PIN-koden. Skanningen blir utført hvis du logger inn innen {seconds} sekunder.</translation>
    </message>
  </context>
  <context>
    <name>CounterTab</name>
    <message>
      <location filename="../../app/gui/tabs/base.py" line="42" />
      <source>{code} was read twice in a moment: it was done once, nothing more to do.</source>
      <translation>{code} ble lest to ganger på et øyeblikk: det ble gjort én gang, ingenting mer å gjøre.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryFields</name>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="22" />
      <source>The depot's usual delivery</source>
      <translation>Utlånssentralens vanlige leveringsmåte</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="25" />
      <source>Outside the region</source>
      <translation>Utenfor regionen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="27" />
      <source>Street</source>
      <translation>Gateadresse</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="29" />
      <source>Postcode</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="30" />
      <source>Town</source>
      <translation>Sted</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="31" />
      <source>c/o</source>
      <translation>c/o</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="32" />
      <source>Apartment building</source>
      <translation>Boligblokk</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="34" />
      <source>Door code</source>
      <translation>Portkode</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="35" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="37" />
      <source>Pickup point</source>
      <translation>Hentested</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="39" />
      <source>No notice</source>
      <translation>Ingen varsling</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="39" />
      <source>SMS</source>
      <translation>SMS</translation>
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
      <translation>Varsel til (telefon, e-post, adresse)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="60" />
      <source>Standard delivery</source>
      <translation>Standardlevering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="61" />
      <source>Leave outside the door</source>
      <translation>Kan settes utenfor døren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="62" />
      <source>To the pickup point</source>
      <translation>Til hentested</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="63" />
      <source>Urgent delivery</source>
      <translation>Hastelevering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="64" />
      <source>Express delivery</source>
      <translation>Ekspresslevering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="65" />
      <source>Joint delivery</source>
      <translation>Samlevering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="66" />
      <source>On the route's day</source>
      <translation>På rutens dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/delivery_fields.py" line="67" />
      <source>Collect at the counter</source>
      <translation>Hentes i skranken</translation>
    </message>
  </context>
  <context>
    <name>FaultsTab</name>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="41" />
      <source>Scan the pump</source>
      <extracomment>A line of a list was opened: show this pump on the Pump tab.</extracomment>
      <translation>Skann pumpen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="42" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="213" />
      <source>No pump scanned yet</source>
      <translation>Ingen pumpe skannet ennå</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="45" />
      <source>Alarm</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="45" />
      <source>Display</source>
      <translation>Display</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="46" />
      <source>Battery or charging</source>
      <translation>Batteri eller lading</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="46" />
      <source>Mechanical</source>
      <translation>Mekanisk</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="47" />
      <source>Damaged or dirty</source>
      <translation>Skadet eller skitten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="47" />
      <source>Other</source>
      <translation>Annet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="50" />
      <source>What is wrong?</source>
      <translation>Hva er galt?</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="52" />
      <source>&amp;Log fault</source>
      <translation>Registrer &amp;feil</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="54" />
      <source>Send to &amp;repair</source>
      <translation>Send til &amp;reparasjon</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="56" />
      <source>Send to &amp;maintenance</source>
      <translation>Send til &amp;vedlikehold</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="58" />
      <source>&amp;Back from service</source>
      <translation>&amp;Tilbake fra service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="61" />
      <source>What was repaired (needed when a fault is open)</source>
      <translation>Hva som ble reparert (kreves når en feil er åpen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="64" />
      <source>No &amp;fault found</source>
      <translation>Ingen feil f&amp;unnet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="68" />
      <source>Re&amp;calls …</source>
      <translation>Tilbake&amp;kallinger …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="72" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="75" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="77" />
      <source>Pump</source>
      <translation>Pumpe</translation>
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
      <translation>Meldt</translation>
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
      <translation>Feil</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="76" />
      <source>Maintenance due</source>
      <translation>Vedlikehold innen</translation>
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
      <translation>Hva</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="77" />
      <source>Falls due</source>
      <translation>Forfaller</translation>
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
      <translation>Transportlån forsinket</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="85" />
      <source>Call in for maintenance</source>
      <translation>Kall inn til vedlikehold</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="86" />
      <source>Count due</source>
      <translation>Telling skal gjøres</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="87" />
      <source>Recall open</source>
      <translation>Tilbakekalling åpen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="88" />
      <source>Fault open over a week</source>
      <translation>Feil åpen over en uke</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="226" />
      <source>What falls due ({count})</source>
      <translation>Å gjøre ({count})</translation>
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
      <translation type="vanished">Utlånt ved</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="vanished">Skal tilbake</translation>
    </message>
    <message>
      <source>Open faults</source>
      <translation type="vanished">Åpne feilmeldinger</translation>
    </message>
    <message>
      <source>Maintenance due within 30 days or overdue</source>
      <translation type="vanished">Vedlikehold innen 30 dager eller forfalt</translation>
    </message>
    <message>
      <source>Transport loans overdue</source>
      <translation type="vanished">Forsinkede transportlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="122" />
      <source>Scan a pump to log a fault or send it to service</source>
      <translation>Skann en pumpe for å registrere feil eller sende den til service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="126" />
      <source>Faults and service</source>
      <translation>Feil og service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="143" />
      <source>{pump} selected</source>
      <translation>{pump} valgt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/faults_tab.py" line="152" />
      <source>%n open fault(s)</source>
      <translation>
        <numerusform>%n åpen feil</numerusform>
        <numerusform>%n åpne feil</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="154" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="240" />
      <source>recall {reference}</source>
      <translation>tilbakekalling {reference}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="156" />
      <source>Recall {reference} done</source>
      <translation>Tilbakekalling {reference} utført</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="186" />
      <source>Now: {state}</source>
      <translation>Nå: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="189" />
      <source>The fault is recorded as open and the pump stays where it is; when it comes back it goes to faulty.</source>
      <translation>Feilen er registrert som åpen og pumpen blir der den er; når den kommer tilbake, blir den feilmeldt.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="199" />
      <source>Not done</source>
      <translation>Ikke utført</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="224" />
      <source>Open faults ({count})</source>
      <translation>Åpne feilmeldinger ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="225" />
      <source>Maintenance due in 30 days or overdue ({count})</source>
      <translation>Vedlikehold innen 30 dager eller forfalt ({count})</translation>
    </message>
    <message>
      <source>Transport loans overdue ({count})</source>
      <translation type="vanished">Forsinkede transportlån ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/faults_tab.py" line="245" />
      <location filename="../../app/gui/tabs/faults_tab.py" line="267" />
      <source>OVERDUE</source>
      <translation>FORFALT</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="310" />
      <source>Set up PumpDesk</source>
      <translation>Sett opp PumpDesk</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="311" />
      <source>This workstation is new to PumpDesk. Check the settings below (your depot may have filled them in already), give the workstation its id, and start. All of this can be changed later under Settings, except the workstation id.</source>
      <translation>Denne arbeidsstasjonen er ny for PumpDesk. Kontroller innstillingene nedenfor (utlånssentralen kan allerede ha fylt dem ut), gi arbeidsstasjonen en id og start. Alt kan endres senere under Innstillinger, unntatt arbeidsstasjonens id.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="314" />
      <source>Start PumpDesk</source>
      <translation>Start PumpDesk</translation>
    </message>
  </context>
  <context>
    <name>IssueTab</name>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="50" />
      <source>Personnummer, fødselsnummer, D-nummer, 'LMA …', '… - UT' or 'protected'</source>
      <translation>Personnummer, fødselsnummer, D-nummer, 'LMA …', '… - UT' eller 'fortrolig'</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="55" />
      <source>Name (optional)</source>
      <translation>Navn (valgfritt)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="56" />
      <source>&amp;Patient loan</source>
      <translation>&amp;Pasientlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="57" />
      <source>&amp;Transport loan</source>
      <translation>&amp;Transportlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="61" />
      <source>Customer number or name</source>
      <translation>Kundenummer eller navn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="65" />
      <source>Signed loan form or referral</source>
      <translation>Signert utlånsskjema eller henvisning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="68" />
      <source>Type a name: those who may prescribe for the unit are offered</source>
      <translation>Skriv et navn: de som kan forskrive for enheten, blir foreslått</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="84" />
      <source>Lend (Enter)</source>
      <extracomment>The scanned pumps' usual consumables, as the assortment has them (with no assortment kept, the packs are counted as free text, as before it).</extracomment>
      <translation>Lån ut (Enter)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="86" />
      <source>Start over (Esc)</source>
      <translation>Start på nytt (Esc)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="90" />
      <source>P&amp;atient:</source>
      <translation>P&amp;asient:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="92" />
      <source>&amp;Name:</source>
      <translation>&amp;Navn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="97" />
      <source>Loan type:</source>
      <translation>Lånetype:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="98" />
      <source>Responsible &amp;unit:</source>
      <translation>Ansvarlig &amp;enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="99" />
      <source>Appro&amp;val reference:</source>
      <translation>&amp;Godkjenningsreferanse:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="100" />
      <source>Pre&amp;scriber:</source>
      <translation>&amp;Rekvirent:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="101" />
      <source>Pumps (scan):</source>
      <translation>Pumper (skann):</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="102" />
      <source>&amp;Consumables, 14-day packs:</source>
      <translation>Forbruks&amp;materiell, 14-dagerspakker:</translation>
    </message>
    <message>
      <source>Consumables, 14-day &amp;packs:</source>
      <translation type="vanished">Forbruks&amp;materiell, 14-dagerspakker:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="117" />
      <location filename="../../app/gui/tabs/issue_tab.py" line="283" />
      <source>Fill in the loan and scan the pumps</source>
      <translation>Fyll ut lånet og skann pumpene</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="120" />
      <source>Issue</source>
      <translation>Utlån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="144" />
      <source>Type or scan the patient's identity</source>
      <translation>Skriv eller skann pasientens identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="153" />
      <source>✔ protected identity — no patient data is stored; the unit stands as recipient</source>
      <translation>✔ skjermet identitet — ingen pasientopplysninger lagres; enheten står som mottaker</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="158" />
      <source>born {date}</source>
      <translation>født {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="194" />
      <source>{pump} is already in this loan.</source>
      <translation>{pump} er allerede med i dette lånet.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="203" />
      <source>{pump} added to the loan</source>
      <translation>{pump} lagt til i lånet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="218" />
      <source>Each of: {articles} — prescribed with the loan</source>
      <translation>Av hver: {articles} — forskrives med lånet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="222" />
      <source>No usual consumables of these pumps are in the assortment</source>
      <translation>Ingen vanlige forbruksartikler til disse pumpene finnes i sortimentet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="236" />
      <source>Not added to the loan</source>
      <translation>Ikke lagt til i lånet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="258" />
      <source>Lent: loan {number}</source>
      <translation>Utlånt: lån {number}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/issue_tab.py" line="259" />
      <source>%n pump(s): </source>
      <translation>
        <numerusform>%n pumpe: </numerusform>
        <numerusform>%n pumper: </numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/issue_tab.py" line="266" />
      <source>Not lent</source>
      <translation>Ikke utlånt</translation>
    </message>
  </context>
  <context>
    <name>LookbackView</name>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="87" />
      <source>Look &amp;back</source>
      <extracomment>What the subject list holds besides the models: the pump shown, the person found.</extracomment>
      <translation>Se &amp;tilbake</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="89" />
      <source>E&amp;xport CSV …</source>
      <translation>Ek&amp;sporter CSV …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="94" />
      <location filename="../../app/gui/tabs/lookback_view.py" line="102" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="96" />
      <source>to</source>
      <translation>til</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="102" />
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="102" />
      <source>Pump</source>
      <translation>Pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="103" />
      <source>Patient</source>
      <translation>Pasient</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="103" />
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="104" />
      <source>Prescriber</source>
      <translation>Forskriver</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="104" />
      <source>Approval</source>
      <translation>Godkjenning</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="104" />
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="105" />
      <source>When</source>
      <translation>Når</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="105" />
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="105" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="106" />
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="133" />
      <source>Every pump of {model} ({name})</source>
      <translation>Alle pumper av {model} ({name})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="151" />
      <source>Pump {registration}</source>
      <translation>Pumpe {registration}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="158" />
      <source>Person {person}</source>
      <translation>Person {person}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="177" />
      <source>Looking back …</source>
      <translation>Søker bakover …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="192" />
      <source>still out</source>
      <translation>fortsatt ute</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/lookback_view.py" line="206" />
      <source>%n loan period(s)</source>
      <translation>
        <numerusform>%n låneperiode</numerusform>
        <numerusform>%n låneperioder</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="209" />
      <source>{person}: {loans}, every loan under every identity they have had ({identities}).</source>
      <translation>{person}: {loans}, alle lån under alle identiteter personen har hatt ({identities}).</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="212" />
      <source>{first} to {last}</source>
      <translation>{first} til {last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/lookback_view.py" line="215" />
      <source>%n fault(s), service(s) and cleaning(s)</source>
      <translation>
        <numerusform>%n feilmelding, service eller rengjøring</numerusform>
        <numerusform>%n feilmeldinger, servicebesøk og rengjøringer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="217" />
      <source>Pump {registration}, {span}: {loans}; {events}.</source>
      <translation>Pumpe {registration}, {span}: {loans}; {events}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="219" />
      <source>Every pump of {model}, {span}: {loans}.</source>
      <translation>Alle pumper av {model}, {span}: {loans}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/lookback_view.py" line="227" />
      <source>Export CSV</source>
      <translation>Eksporter CSV</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/lookback_view.py" line="232" />
      <source>%n row(s) exported to {path}</source>
      <translation>
        <numerusform>%n rad eksportert til {path}</numerusform>
        <numerusform>%n rader eksportert til {path}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/gui/main_window.py" line="111" />
      <source>Settings</source>
      <extracomment>The size the window opens at where the screen has room for it; a smaller screen (1024×768, 1366×768 at the counters) gets the screen's free area instead. Return, Issue, Faults and service, Pump: the tabs of the counter's daily work.</extracomment>
      <translation>Innstillinger</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="112" />
      <source>About</source>
      <translation>Om</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="122" />
      <source>Working …</source>
      <translation>Arbeider …</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="194" />
      <source>Depot: {depot}   ·   Workstation: {workstation}   ·   Database: {database}</source>
      <translation>Sentral: {depot}   ·   Arbeidsstasjon: {workstation}   ·   Database: {database}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="200" />
      <source>Not printed: {title}</source>
      <translation>Ikke skrevet ut: {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="202" />
      <source>{why} What was done is done; only the paper is missing. Press {key} to choose a printer or save it as PDF.</source>
      <translation>{why} Det som ble gjort, er gjort; bare papiret mangler. Trykk {key} for å velge en skriver eller lagre som PDF.</translation>
    </message>
    <message>
      <source>Depot: {depot}   ·   Workstation: {workstation}   ·   Operator: {operator}   ·   Database: {database}</source>
      <translation type="vanished">Sentral: {depot}   ·   Arbeidsstasjon: {workstation}   ·   Innlogget: {operator}   ·   Database: {database}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="254" />
      <source>Something went wrong</source>
      <translation>Noe gikk galt</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="255" />
      <source>Sorry — PumpDesk could not finish that, and nothing was changed.

Try again. If it happens again, restart PumpDesk and tell your support, who will find the details in:
{log}</source>
      <translation>Beklager — PumpDesk fikk ikke fullført dette, og ingenting ble endret.

Prøv igjen. Skjer det igjen, start PumpDesk på nytt og si fra til brukerstøtten, som finner detaljene i:
{log}</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="258" />
      <source>the log (none could be written here)</source>
      <translation>loggen (ingen kunne skrives her)</translation>
    </message>
    <message>
      <location filename="../../app/gui/app.py" line="57" />
      <location filename="../../app/gui/main_window.py" line="251" />
      <source>PumpDesk cannot do that here</source>
      <translation>PumpDesk kan ikke gjøre det her</translation>
    </message>
  </context>
  <context>
    <name>NewOrderForm</name>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="54" />
      <source>Personnummer, fødselsnummer, D-nummer, or a protected identity's prescription</source>
      <extracomment>How long typing may pause before the person's prescription is looked up (ms). An order was placed: its OrderView (the tab prints the label and says so). A refusal from the services: a title and the reason (the tab's banner says it). A word for the banner that is neither done nor refused (a line added). The order's lines: article number → quantity, in the order they were added.</extracomment>
      <translation>Fødselsnummer, personnummer, D-nummer eller rekvisisjonens nummer for skjermet identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="59" />
      <location filename="../../app/gui/tabs/new_order.py" line="68" />
      <source>Article</source>
      <translation>Artikkel</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="59" />
      <location filename="../../app/gui/tabs/new_order.py" line="68" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="59" />
      <source>Per period</source>
      <translation>Per periode</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="60" />
      <source>Left this period</source>
      <translation>Igjen denne perioden</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="65" />
      <source>Article number (type or scan)</source>
      <translation>Artikkelnummer (skriv eller skann)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="68" />
      <source>Quantity</source>
      <translation>Antall</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="74" />
      <source>The patient</source>
      <translation>Pasienten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="75" />
      <source>A relative</source>
      <translation>En pårørende</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="76" />
      <source>Care staff</source>
      <translation>Helsepersonell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="77" />
      <source>The prescriber</source>
      <translation>Forskriveren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="80" />
      <source>Only for an article outside the assortment: why it is needed</source>
      <translation>Bare for en artikkel utenfor sortimentet: hvorfor den trengs</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="82" />
      <source>Place order (Enter)</source>
      <translation>Bestill (Enter)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="84" />
      <source>Start over (Esc)</source>
      <translation>Start på nytt (Esc)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="88" />
      <source>&amp;Person:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="94" />
      <source>&amp;Article, quantity:</source>
      <translation>&amp;Artikkel, antall:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="95" />
      <source>Lines:</source>
      <translation>Linjer:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="96" />
      <source>Ordered &amp;by:</source>
      <translation>Bestilt a&amp;v:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="97" />
      <source>&amp;Justification:</source>
      <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="98" />
      <source>D&amp;elivery:</source>
      <translation>Leverin&amp;g:</translation>
    </message>
    <message>
      <source>&amp;Delivery:</source>
      <translation type="vanished">&amp;Levering:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="99" />
      <source>Address:</source>
      <translation>Adresse:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="100" />
      <source>Contact:</source>
      <translation>Kontakt:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="101" />
      <source>Pickup point:</source>
      <translation>Hentested:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="116" />
      <location filename="../../app/gui/tabs/new_order.py" line="132" />
      <location filename="../../app/gui/tabs/new_order.py" line="243" />
      <source>Type or scan the person's identity</source>
      <translation>Skriv eller skann personens identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="142" />
      <source>✔ Prescription {id} · {unit} {unit_name} · {prescriber} · valid {valid_from} to {valid_to} · this period {start} to {last}</source>
      <translation>✔ Rekvisisjon {id} · {unit} {unit_name} · {prescriber} · gyldig {valid_from} til {valid_to} · denne perioden {start} til {last}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="151" />
      <source>protected identity: the unit is the recipient, one order only</source>
      <translation>skjermet identitet: enheten er mottaker, kun én bestilling</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="154" />
      <source>its one order has been made</source>
      <translation>den ene bestillingen er gjort</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="188" />
      <source>{article} × {quantity} on the order</source>
      <translation>{article} × {quantity} i bestillingen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="190" />
      <source>Add more articles, or press Enter to place the order</source>
      <translation>Legg til flere artikler, eller trykk Enter for å bestille</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/new_order.py" line="233" />
      <source>Not ordered</source>
      <translation>Ikke bestilt</translation>
    </message>
  </context>
  <context>
    <name>NewRecallDialog</name>
    <message>
      <location filename="../../app/gui/recalls.py" line="227" />
      <source>New recall</source>
      <translation>Ny tilbakekalling</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="229" />
      <source>What the notice is about</source>
      <translation>Hva sikkerhetsmeldingen gjelder</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="233" />
      <source>several: separate with commas</source>
      <translation>flere: skill med komma</translation>
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
      <translation>Referanse (FSN):</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="245" />
      <source>Title:</source>
      <translation>Tittel:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="246" />
      <source>Action:</source>
      <translation>Tiltak:</translation>
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
      <translation>Partier (lot):</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="250" />
      <source>Serial numbers:</source>
      <translation>Serienumre:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="251" />
      <source>Serial ranges:</source>
      <translation>Serienummerintervaller:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="256" />
      <source>Produced:</source>
      <translation>Produsert:</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="271" />
      <source>Say which pumps the recall covers.</source>
      <translation>Angi hvilke pumper tilbakekallingen gjelder.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/recalls.py" line="286" />
      <source>The selection covers %n pump(s) now.</source>
      <translation>
        <numerusform>Utvalget omfatter nå 1 pumpe.</numerusform>
        <numerusform>Utvalget omfatter nå %n pumper.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrderDetail</name>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="50" />
      <source>Article</source>
      <extracomment>The moves in the order their buttons stand. The order moved on: its new view (the tab refreshes the list and says so). A refusal from the services: a title and the reason.</extracomment>
      <translation>Artikkel</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="50" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="50" />
      <source>Quantity</source>
      <translation>Antall</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="51" />
      <source>Payer</source>
      <translation>Betaler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="53" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="53" />
      <source>When</source>
      <translation>Når</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="53" />
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="55" />
      <source>Pic&amp;ked</source>
      <translation>Pl&amp;ukket</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="56" />
      <source>&amp;Dispatched</source>
      <translation>Se&amp;ndt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="57" />
      <source>Deli&amp;vered</source>
      <translation>&amp;Levert</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="58" />
      <source>&amp;Collected</source>
      <translation>&amp;Hentet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="59" />
      <source>&amp;Returned</source>
      <translation>&amp;Returnert</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="60" />
      <source>Ca&amp;ncel order</source>
      <translation>&amp;Kanseller</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="63" />
      <source>Move to:</source>
      <translation>Flytt til:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="73" />
      <source>{width} × {height} mm</source>
      <translation>{width} × {height} mm</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="76" />
      <source>Picking lis&amp;t …</source>
      <translation>Plukkl&amp;iste …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="79" />
      <source>Address &amp;label …</source>
      <translation>Adressee&amp;tikett …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="84" />
      <source>Label roll:</source>
      <translation>Etikettrull:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="102" />
      <source>Choose an order in the list, or scan its number</source>
      <translation>Velg en bestilling i listen, eller skann nummeret</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="107" />
      <source>Protected identity — {unit}</source>
      <translation>Skjermet identitet — {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="109" />
      <source>the patient</source>
      <translation>pasienten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="109" />
      <source>a relative</source>
      <translation>en pårørende</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="110" />
      <source>care staff</source>
      <translation>helsepersonell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="110" />
      <source>the prescriber</source>
      <translation>forskriveren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="111" />
      <source>{unit} {unit_name} · ordered by {who} at {at}, taken by {actor} · delivery: {delivery}</source>
      <translation>{unit} {unit_name} · bestilt av {who} {at}, mottatt av {actor} · levering: {delivery}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="136" />
      <source>standard</source>
      <translation>standard</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="118" />
      <source>justification: {text}</source>
      <translation>begrunnelse: {text}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="121" />
      <source>outside the assortment: an extra cost for the payer, never returnable</source>
      <translation>utenfor sortimentet: en ekstra kostnad for betaleren, kan aldri returneres</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="136" />
      <source>left outside the door</source>
      <translation>settes utenfor døren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="137" />
      <source>to the pickup point</source>
      <translation>til hentested</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="137" />
      <source>urgent</source>
      <translation>haster</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="138" />
      <source>express</source>
      <translation>ekspress</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="138" />
      <source>joint delivery</source>
      <translation>samlevering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="139" />
      <source>on the route's day</source>
      <translation>på rutens dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="140" />
      <source>collected at the counter</source>
      <translation>hentes i skranken</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="148" />
      <source>promised {date}</source>
      <translation>lovet {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="149" />
      <source>no day promised (outside the region)</source>
      <translation>ingen dag lovet (utenfor regionen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="151" />
      <source>to the prescribing unit, c/o {name}</source>
      <translation>til rekvirerende enhet, c/o {name}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="154" />
      <source>pickup point {point}</source>
      <translation>hentested {point}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="156" />
      <source>collect by {date}</source>
      <translation>hentes senest {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="158" />
      <source>extra cost: {what}</source>
      <translation>merkostnad: {what}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="161" />
      <source>expected after more than 10 days: contact the prescriber and the patient</source>
      <translation>ventes om mer enn 10 dager: kontakt rekvirenten og pasienten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_detail.py" line="189" />
      <source>Not done</source>
      <translation>Ikke utført</translation>
    </message>
  </context>
  <context>
    <name>OrderFinder</name>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="93" />
      <source>Withdrawal number or person</source>
      <extracomment>How many rows the columns' widths are measured on. The order chosen in the list (its withdrawal number). A search was refused: the reason, for the tab's banner. Called with the list each time it is filled (benchmarks and tests wait on it).</extracomment>
      <translation>Uttaksnummer eller person</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="96" />
      <location filename="../../app/gui/tabs/order_list.py" line="146" />
      <source>All units</source>
      <translation>Alle enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="100" />
      <source>Da&amp;y</source>
      <translation>&amp;Dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="105" />
      <source>&amp;Find</source>
      <translation>&amp;Finn</translation>
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
      <translation>Artikler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="109" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="110" />
      <source>Ordered by</source>
      <translation>Bestilt av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="127" />
      <source>F&amp;ind:</source>
      <translation>&amp;Søk:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="158" />
      <source>Protected identity — {unit}</source>
      <translation>Skjermet identitet — {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="159" />
      <source>patient</source>
      <translation>pasient</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="159" />
      <source>relative</source>
      <translation>pårørende</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="160" />
      <source>staff</source>
      <translation>personell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="160" />
      <source>prescriber</source>
      <translation>forskriver</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/order_list.py" line="182" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n bestilling</numerusform>
        <numerusform>%n bestillinger</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/order_list.py" line="193" />
      <source>Not found</source>
      <translation>Ikke funnet</translation>
    </message>
  </context>
  <context>
    <name>OrdersTab</name>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="56" />
      <source>New order ({key})</source>
      <extracomment>The keys that show the new-order form and the orders found. The key that opens the address label made for the order just placed. The label of an order just placed is made (sent to the printer or waiting). The label of the last order placed, while no label printer is set.</extracomment>
      <translation>Ny bestilling ({key})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="57" />
      <source>Find orders ({key})</source>
      <translation>Søk i bestillinger ({key})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="79" />
      <source>Orders</source>
      <translation>Bestillinger</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="82" />
      <source>Type the person, then the articles; Enter places the order. Scan an order's number to open it.</source>
      <translation>Skriv personen, så artiklene; Enter bestiller. Skann en bestillings nummer for å åpne den.</translation>
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
        <numerusform>%n linje</numerusform>
        <numerusform>%n linjer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="154" />
      <source>promised {date}</source>
      <translation>lovet {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="156" />
      <source>no day promised (outside the region)</source>
      <translation>ingen dag lovet (utenfor regionen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="157" />
      <source>Ordered: {number}</source>
      <translation>Bestilt: {number}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="170" />
      <source>the address label is sent to the printer</source>
      <translation>adresseetiketten er sendt til skriveren</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/orders_tab.py" line="173" />
      <source>the address label is ready: {key} to print or save it</source>
      <translation>adresseetiketten er klar: {key} for å skrive den ut eller lagre den</translation>
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
      <translation>Én linje per adresselinje</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="39" />
      <source>Add as &amp;new payer</source>
      <translation>Legg til som &amp;ny betaler</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="41" />
      <source>Save &amp;payer</source>
      <translation>Lagre &amp;betaler</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="43" />
      <location filename="../../app/gui/payer_editor.py" line="87" />
      <source>&amp;Deactivate payer</source>
      <translation>&amp;Deaktiver betaler</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="46" />
      <source>Customer number</source>
      <translation>Kundenummer</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="48" />
      <source>Set for the &amp;unit</source>
      <translation>Sett for &amp;enheten</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="52" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="53" />
      <source>Invoice address:</source>
      <translation>Fakturaadresse:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="54" />
      <source>Reference:</source>
      <translation>Referanse:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="59" />
      <source>Unit:</source>
      <translation>Enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="74" />
      <source>every area</source>
      <translation>alle områder</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="88" />
      <source>&amp;Reactivate payer</source>
      <translation>&amp;Reaktiver betaler</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="110" />
      <source>Saved: {payer}</source>
      <translation>Lagret: {payer}</translation>
    </message>
    <message>
      <location filename="../../app/gui/payer_editor.py" line="114" />
      <source>{unit} is now billed to {payer} ({area}).</source>
      <translation>{unit} faktureres nå til {payer} ({area}).</translation>
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
      <translation>Et hvilket som helst identitetsnummer personen har hatt</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="44" />
      <source>&amp;Find</source>
      <translation>&amp;Søk</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>Pump</source>
      <translation>Pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="48" />
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="49" />
      <source>The fuller identity</source>
      <translation>Den fullstendigere identiteten</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="51" />
      <source>Name (if it changes)</source>
      <translation>Navn (hvis det endres)</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="52" />
      <source>&amp;Convert</source>
      <translation>&amp;Konverter</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="54" />
      <source>&amp;Protect personal data …</source>
      <translation>Beskytt &amp;personopplysninger …</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="64" />
      <source>New identity:</source>
      <translation>Ny identitet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="65" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="98" />
      <location filename="../../app/gui/person_dialog.py" line="155" />
      <source>protected identity</source>
      <translation>beskyttet identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="99" />
      <source>Earlier identities: {keys}</source>
      <translation>Tidligere identiteter: {keys}</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="119" />
      <source>Converted: {person}</source>
      <translation>Konvertert: {person}</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="127" />
      <source>The same person?</source>
      <translation>Samme person?</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="129" />
      <source>Merge the two records into one person? Their loans and identities are kept together from now on.</source>
      <translation>Slå sammen de to postene til én person? Lånene og identitetene deres holdes samlet fra nå av.</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="140" />
      <source>Protect personal data</source>
      <translation>Beskytt personopplysninger</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="141" />
      <source>Erase this person's name, identity numbers and birth date here and at every counter? This cannot be undone. Their loans go on with the responsible unit as recipient, and a new loan or an order of consumables needs a new prescription.</source>
      <translation>Slette personens navn, identitetsnumre og fødselsdato her og ved hver skranke? Det kan ikke angres. Lånene fortsetter med den ansvarlige enheten som mottaker, og et nytt lån eller en bestilling av forbruksmateriell krever en ny forskrivning.</translation>
    </message>
    <message>
      <location filename="../../app/gui/person_dialog.py" line="158" />
      <source>The person's data is erased.</source>
      <translation>Personens opplysninger er slettet.</translation>
    </message>
  </context>
  <context>
    <name>Phrase</name>
    <message>
      <source>model defined</source>
      <translation>modell opprettet</translation>
    </message>
    <message>
      <source>care unit defined</source>
      <translation>enhet opprettet</translation>
    </message>
    <message>
      <source>identity converted</source>
      <translation>identitet konvertert</translation>
    </message>
    <message>
      <source>registered</source>
      <translation>registrert</translation>
    </message>
    <message>
      <source>issued to patient</source>
      <translation>utlånt til pasient</translation>
    </message>
    <message>
      <source>issued for transport</source>
      <translation>utlånt for transport</translation>
    </message>
    <message>
      <source>dispatched to unit</source>
      <translation>sendt til enhet</translation>
    </message>
    <message>
      <source>prescribed from unit stock</source>
      <translation>rekvirert fra bufferlager</translation>
    </message>
    <message>
      <source>care responsibility moved</source>
      <translation>behandlingsansvar flyttet</translation>
    </message>
    <message>
      <source>moved between units</source>
      <translation>flyttet mellom enheter</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>levert tilbake</translation>
    </message>
    <message>
      <source>cleaned and checked</source>
      <translation>rengjort og kontrollert</translation>
    </message>
    <message>
      <source>fault reported</source>
      <translation>feilmeldt</translation>
    </message>
    <message>
      <source>sent to service</source>
      <translation>sendt til service</translation>
    </message>
    <message>
      <source>back from service</source>
      <translation>tilbake fra service</translation>
    </message>
    <message>
      <source>reported lost</source>
      <translation>meldt tapt</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>kassert</translation>
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
      <translation>asylsøker (LMA)</translation>
    </message>
    <message>
      <source>without permit (UT)</source>
      <translation>uten oppholdstillatelse (UT)</translation>
    </message>
    <message>
      <source>protected identity</source>
      <translation>skjermet identitet</translation>
    </message>
    <message>
      <source>the birth date is in the future</source>
      <translation>fødselsdatoen er fram i tid</translation>
    </message>
    <message>
      <source>a Swedish number has 10 or 12 digits</source>
      <translation>et svensk nummer har 10 eller 12 sifre</translation>
    </message>
    <message>
      <source>it may only hold digits and one - or +</source>
      <translation>det kan bare inneholde sifre og én - eller +</translation>
    </message>
    <message>
      <source>an H-number is a temporary hospital number; use the fødselsnummer or D-nummer</source>
      <translation>et H-nummer er et midlertidig sykehusnummer; bruk fødselsnummer eller D-nummer</translation>
    </message>
    <message>
      <source>an LMA number needs at least its first eight digits</source>
      <translation>et LMA-nummer må ha minst de første åtte sifrene</translation>
    </message>
    <message>
      <source>a person without permit is given as birth date YYYYMMDD and name followed by '- UT'</source>
      <translation>en person uten oppholdstillatelse oppgis med fødselsdato ÅÅÅÅMMDD og navn etterfulgt av '- UT'</translation>
    </message>
    <message>
      <source>a person without permit needs a name</source>
      <translation>en person uten oppholdstillatelse må ha et navn</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>det er tomt</translation>
    </message>
    <message>
      <source>the birth date is not a real date (YYYYMMDD)</source>
      <translation>fødselsdatoen er ikke en gyldig dato (ÅÅÅÅMMDD)</translation>
    </message>
    <message>
      <source>the check digit is wrong</source>
      <translation>kontrollsifferet stemmer ikke</translation>
    </message>
    <message>
      <source>the birth date in it is not a real date</source>
      <translation>fødselsdatoen i nummeret er ikke en gyldig dato</translation>
    </message>
    <message>
      <source>the check digits are wrong</source>
      <translation>kontrollsifrene stemmer ikke</translation>
    </message>
    <message>
      <source>the birth date in it is not valid</source>
      <translation>fødselsdatoen i nummeret er ugyldig</translation>
    </message>
    <message>
      <source>issue</source>
      <translation>låne ut</translation>
    </message>
    <message>
      <source>issue for transport</source>
      <translation>låne ut for transport</translation>
    </message>
    <message>
      <source>dispatch</source>
      <translation>sende</translation>
    </message>
    <message>
      <source>prescribe from unit stock</source>
      <translation>rekvirere fra bufferlager</translation>
    </message>
    <message>
      <source>move care responsibility for</source>
      <translation>flytte behandlingsansvaret for</translation>
    </message>
    <message>
      <source>move</source>
      <translation>flytte</translation>
    </message>
    <message>
      <source>return</source>
      <translation>levere tilbake</translation>
    </message>
    <message>
      <source>mark as cleaned</source>
      <translation>registrere rengjøring av</translation>
    </message>
    <message>
      <source>report a fault on</source>
      <translation>feilmelde</translation>
    </message>
    <message>
      <source>send to service</source>
      <translation>sende til service</translation>
    </message>
    <message>
      <source>register back from service</source>
      <translation>ta imot fra service</translation>
    </message>
    <message>
      <source>report as lost</source>
      <translation>melde tap av</translation>
    </message>
    <message>
      <source>retire</source>
      <translation>kassere</translation>
    </message>
    <message>
      <source>it is already returned, cleaned and ready; nothing to do</source>
      <translation>den er allerede levert tilbake, rengjort og klar; ingenting å gjøre</translation>
    </message>
    <message>
      <source>it is already returned; clean and check it</source>
      <translation>den er allerede levert tilbake; rengjør og kontroller den</translation>
    </message>
    <message>
      <source>it is already returned with a fault; send it to service</source>
      <translation>den er allerede levert tilbake med feil; send den til service</translation>
    </message>
    <message>
      <source>it is already cleaned and ready; nothing to do</source>
      <translation>den er allerede rengjort og klar; ingenting å gjøre</translation>
    </message>
    <message>
      <source>it is already reported lost</source>
      <translation>den er allerede meldt tapt</translation>
    </message>
    <message>
      <source>it is already retired</source>
      <translation>den er allerede kassert</translation>
    </message>
    <message>
      <source>it is already back and ready; nothing to do</source>
      <translation>den er allerede tilbake og klar; ingenting å gjøre</translation>
    </message>
    <message>
      <source>register it back from service instead</source>
      <translation>ta imot den fra service i stedet</translation>
    </message>
    <message>
      <source>it is retired; set it aside</source>
      <translation>den er kassert; legg den til side</translation>
    </message>
    <message>
      <source>send it to service first</source>
      <translation>send den til service først</translation>
    </message>
    <message>
      <source>return it first</source>
      <translation>lever den tilbake først</translation>
    </message>
    <message>
      <source>register it back from service first</source>
      <translation>ta imot den fra service først</translation>
    </message>
    <message>
      <source>return it first if it has been found</source>
      <translation>lever den tilbake først hvis den er funnet</translation>
    </message>
    <message>
      <source>it is at the depot; issue it to the patient instead</source>
      <translation>den er på utlånssentralen; lån den ut til pasienten i stedet</translation>
    </message>
    <message>
      <source>it is already in service</source>
      <translation>den er allerede på service</translation>
    </message>
    <message>
      <source>a transport loan comes back to the lending counter; return it</source>
      <translation>et transportlån leveres tilbake der det ble lånt ut; lever den tilbake</translation>
    </message>
    <message>
      <source>return it from the unit first</source>
      <translation>lever den tilbake fra enheten først</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>klar til utlån</translation>
    </message>
    <message>
      <source>on loan</source>
      <translation>utlånt</translation>
    </message>
    <message>
      <source>on transport loan</source>
      <translation>utlånt for transport</translation>
    </message>
    <message>
      <source>in a unit's stock</source>
      <translation>på bufferlager</translation>
    </message>
    <message>
      <source>awaiting cleaning</source>
      <translation>til rengjøring</translation>
    </message>
    <message>
      <source>faulty</source>
      <translation>feilmeldt</translation>
    </message>
    <message>
      <source>in service</source>
      <translation>på service</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>tapt</translation>
    </message>
    <message>
      <source>it can be issued</source>
      <translation>den kan lånes ut</translation>
    </message>
    <message>
      <source>clean and check it first</source>
      <translation>rengjør og kontroller den først</translation>
    </message>
    <message>
      <source>it is retired and cannot be used again</source>
      <translation>den er kassert og kan ikke brukes igjen</translation>
    </message>
    <message>
      <source>buffer stock target set</source>
      <translation>mål for bufferlager satt</translation>
    </message>
    <message>
      <source>larger buffer stock requested</source>
      <translation>større bufferlager bedt om</translation>
    </message>
    <message>
      <source>buffer stock request decided</source>
      <translation>forespørsel om bufferlager avgjort</translation>
    </message>
    <message>
      <source>replenishment run</source>
      <translation>påfylling av lager kjørt</translation>
    </message>
    <message>
      <source>sync conflict resolved</source>
      <translation>synkkonflikt løst</translation>
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
      <translation>fødselsdatoen ville gjøre personen eldre enn 120 år; kontroller nummeret</translation>
    </message>
    <message>
      <source>hospital inpatient unit</source>
      <translation>sengepost på sykehus</translation>
    </message>
    <message>
      <source>hospital outpatient unit</source>
      <translation>poliklinikk på sykehus</translation>
    </message>
    <message>
      <source>primary care unit</source>
      <translation>enhet i primærhelsetjenesten</translation>
    </message>
    <message>
      <source>municipality</source>
      <translation>kommune</translation>
    </message>
    <message>
      <source>asylum unit</source>
      <translation>asylenhet</translation>
    </message>
    <message>
      <source>received back from another counter</source>
      <translation>mottatt tilbake fra en annen skranke</translation>
    </message>
    <message>
      <source>receive back</source>
      <translation>ta imot tilbake</translation>
    </message>
    <message>
      <source>it is already returned and on its way back to the counter that lent it; send it there</source>
      <translation>den er allerede levert og på vei tilbake til skranken som lånte den ut; send den dit</translation>
    </message>
    <message>
      <source>it is already received; clean and check it</source>
      <translation>den er allerede mottatt; rengjør og kontroller den</translation>
    </message>
    <message>
      <source>it is already received, with a fault; send it to service</source>
      <translation>den er allerede mottatt, med en feil; send den til service</translation>
    </message>
    <message>
      <source>the counter that lent it receives it first</source>
      <translation>skranken som lånte den ut tar først imot den</translation>
    </message>
    <message>
      <source>it has not been returned yet; return it</source>
      <translation>den er ikke levert ennå; lever den</translation>
    </message>
    <message>
      <source>on its way back to the lending counter</source>
      <translation>på vei tilbake til skranken som lånte den ut</translation>
    </message>
    <message>
      <source>send it back to the counter that lent it, which receives it</source>
      <translation>send den tilbake til skranken som lånte den ut, som tar imot den</translation>
    </message>
    <message>
      <source>two records of one person merged</source>
      <translation>to poster for samme person slått sammen</translation>
    </message>
    <message>
      <source>personal data protected</source>
      <translation>personopplysninger beskyttet</translation>
    </message>
    <message>
      <source>The name</source>
      <translation>Navnet</translation>
    </message>
    <message>
      <source>The patient identity</source>
      <translation>Pasientens identitet</translation>
    </message>
    <message>
      <source>The approval reference</source>
      <translation>Vedtaksreferansen</translation>
    </message>
    <message>
      <source>The prescriber</source>
      <translation>Rekvirenten</translation>
    </message>
    <message>
      <source>A consumable</source>
      <translation>Et forbruksmateriell</translation>
    </message>
    <message>
      <source>The make</source>
      <translation>Fabrikatet</translation>
    </message>
    <message>
      <source>The customer number</source>
      <translation>Kundenummeret</translation>
    </message>
    <message>
      <source>The fault category</source>
      <translation>Feilkategorien</translation>
    </message>
    <message>
      <source>The fault description</source>
      <translation>Feilbeskrivelsen</translation>
    </message>
    <message>
      <source>The registration number</source>
      <translation>Registreringsnummeret</translation>
    </message>
    <message>
      <source>The scan</source>
      <translation>Skanningen</translation>
    </message>
    <message>
      <source>there is no such file or folder</source>
      <translation>det finnes ingen slik fil eller mappe</translation>
    </message>
    <message>
      <source>part of the path is not a folder</source>
      <translation>en del av stien er ikke en mappe</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>det er en mappe</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>ingen tilgang</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>disken meldte en feil</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>navnet er for langt</translation>
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
      <translation>Den som spør</translation>
    </message>
    <message>
      <source>The reason</source>
      <translation>Begrunnelsen</translation>
    </message>
    <message>
      <source>The note</source>
      <translation>Notatet</translation>
    </message>
    <message>
      <source>The search</source>
      <translation>Søket</translation>
    </message>
    <message>
      <source>ahead</source>
      <translation>foran</translation>
    </message>
    <message>
      <source>behind</source>
      <translation>etter</translation>
    </message>
    <message>
      <source>staff member added or changed</source>
      <translation>ansatt lagt til eller endret</translation>
    </message>
    <message>
      <source>product area defined</source>
      <translation>produktområde definert</translation>
    </message>
    <message>
      <source>prescriber added or changed</source>
      <translation>forskriver lagt til eller endret</translation>
    </message>
    <message>
      <source>Förskrivare (prescribes within their product areas)</source>
      <translation>Forskriver (forskriver innenfor sine produktområder)</translation>
    </message>
    <message>
      <source>Beställare (orders, never prescribes)</source>
      <translation>Bestiller (bestiller, forskriver aldri)</translation>
    </message>
    <message>
      <source>Läkare (prescribes in every product area)</source>
      <translation>Lege (forskriver innenfor alle produktområder)</translation>
    </message>
    <message>
      <source>Diabetes</source>
      <translation>Diabetes</translation>
    </message>
    <message>
      <source>Incontinence, bladder and bowel dysfunction</source>
      <translation>Inkontinens, blære- og tarmdysfunksjon</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>Ernæring</translation>
    </message>
    <message>
      <source>Nutrition – tube feeding accessories</source>
      <translation>Ernæring – sondeernæringsutstyr</translation>
    </message>
    <message>
      <source>Stoma</source>
      <translation>Stomi</translation>
    </message>
    <message>
      <source>Enteral nutrition pumps</source>
      <translation>Enteral ernæring (pumper)</translation>
    </message>
    <message>
      <source>Subcutaneous infusion</source>
      <translation>Subkutan infusjon</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>E-postadressen</translation>
    </message>
    <message>
      <source>The phone number</source>
      <translation>Telefonnummeret</translation>
    </message>
    <message>
      <source>The product area</source>
      <translation>Produktområdet</translation>
    </message>
    <message>
      <source>counter</source>
      <translation>skranke</translation>
    </message>
    <message>
      <source>technician</source>
      <translation>tekniker</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>The staff number</source>
      <translation>Ansattnummeret</translation>
    </message>
    <message>
      <source>change the depot's settings</source>
      <translation>endre utlånssentralens innstillinger</translation>
    </message>
    <message>
      <source>type a personnummer, samordningsnummer, fødselsnummer, D-nummer, 'LMA' with birth date and LMA number, birth date and name followed by '- UT', or 'protected'</source>
      <translation>skriv et fødselsnummer, D-nummer, personnummer, samordningsnummer, 'LMA' med fødselsdato og LMA-nummer, fødselsdato og navn etterfulgt av '- UT', eller 'fortrolig'</translation>
    </message>
    <message>
      <source>this database</source>
      <translation>denne databasen</translation>
    </message>
    <message>
      <source>the other copy</source>
      <translation>den andre kopien</translation>
    </message>
    <message>
      <source>UDI production data recorded</source>
      <translation>UDI-ens produksjonsdata registrert</translation>
    </message>
    <message>
      <source>recall recorded</source>
      <translation>tilbakekalling registrert</translation>
    </message>
    <message>
      <source>recall action done</source>
      <translation>tilbakekallingens tiltak utført</translation>
    </message>
    <message>
      <source>inspect</source>
      <translation>kontrollere</translation>
    </message>
    <message>
      <source>update software</source>
      <translation>oppdatere programvaren</translation>
    </message>
    <message>
      <source>replace a part</source>
      <translation>bytte en del</translation>
    </message>
    <message>
      <source>withdraw</source>
      <translation>ta ut av bruk</translation>
    </message>
    <message>
      <source>inspect it</source>
      <translation>kontroller den</translation>
    </message>
    <message>
      <source>update its software</source>
      <translation>oppdater programvaren</translation>
    </message>
    <message>
      <source>replace the part</source>
      <translation>bytt delen</translation>
    </message>
    <message>
      <source>withdraw it from use</source>
      <translation>ta den ut av bruk</translation>
    </message>
    <message>
      <source>in the depot</source>
      <translation>på utlånssentralen</translation>
    </message>
    <message>
      <source>with patients</source>
      <translation>hos pasienter</translation>
    </message>
    <message>
      <source>done</source>
      <translation>ferdig</translation>
    </message>
    <message>
      <source>The recall title</source>
      <translation>Tilbakekallingens tittel</translation>
    </message>
    <message>
      <source>The serial range</source>
      <translation>Serienummerintervallet</translation>
    </message>
    <message>
      <source>The recall reference</source>
      <translation>Tilbakekallingens referanse</translation>
    </message>
    <message>
      <source>The serial number</source>
      <translation>Serienummeret</translation>
    </message>
    <message>
      <source>The lot</source>
      <translation>Partinummeret</translation>
    </message>
    <message>
      <source>The first production date</source>
      <translation>Første produksjonsdato</translation>
    </message>
    <message>
      <source>The last production date</source>
      <translation>Siste produksjonsdato</translation>
    </message>
    <message>
      <source>payer added or changed</source>
      <translation>betaler lagt til eller endret</translation>
    </message>
    <message>
      <source>unit's payer set</source>
      <translation>enhetens betaler satt</translation>
    </message>
    <message>
      <source>The invoice reference</source>
      <translation>Fakturareferansen</translation>
    </message>
    <message>
      <source>The invoice address</source>
      <translation>Fakturaadressen</translation>
    </message>
    <message>
      <source>The payer</source>
      <translation>Betaleren</translation>
    </message>
    <message>
      <source>a person not yet in this register</source>
      <translation>en person som ennå ikke finnes i registeret her</translation>
    </message>
    <message>
      <source>the unit's buffer stock</source>
      <translation>enhetens bufferlager</translation>
    </message>
    <message>
      <source>patient loan</source>
      <translation>pasientlån</translation>
    </message>
    <message>
      <source>transport loan</source>
      <translation>transportlån</translation>
    </message>
    <message>
      <source>unit buffer stock</source>
      <translation>bufferlager på enhet</translation>
    </message>
    <message>
      <source>repair</source>
      <translation>reparasjon</translation>
    </message>
    <message>
      <source>preventive maintenance</source>
      <translation>forebyggende vedlikehold</translation>
    </message>
    <message>
      <source>The first day</source>
      <translation>Første dag</translation>
    </message>
    <message>
      <source>The last day</source>
      <translation>Siste dag</translation>
    </message>
    <message>
      <source>Pump</source>
      <translation>Pumpe</translation>
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
      <translation>Lånetype</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Pasient</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <source>Prescriber</source>
      <translation>Forskriver</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Godkjenning</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Hendelse</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <source>the depot's own shelves</source>
      <translation>utlånssentralens egne hyller</translation>
    </message>
    <message>
      <source>stocktake started</source>
      <translation>varetelling startet</translation>
    </message>
    <message>
      <source>pump counted in a stocktake</source>
      <translation>pumpe talt i varetelling</translation>
    </message>
    <message>
      <source>stocktake finished</source>
      <translation>varetelling avsluttet</translation>
    </message>
    <message>
      <source>change how often stocks are counted</source>
      <translation>endre hvor ofte lagre telles</translation>
    </message>
    <message>
      <source>The period's first day</source>
      <translation>Periodens første dag</translation>
    </message>
    <message>
      <source>The period's last day</source>
      <translation>Periodens siste dag</translation>
    </message>
    <message>
      <source>Urgent delivery</source>
      <translation>Hastelevering</translation>
    </message>
    <message>
      <source>Express delivery</source>
      <translation>Ekspresslevering</translation>
    </message>
    <message>
      <source>Nutrition products delivered outside the region</source>
      <translation>Ernæringsprodukter levert utenfor regionen</translation>
    </message>
    <message>
      <source>standard delivery</source>
      <translation>standardlevering</translation>
    </message>
    <message>
      <source>leaving the order outside the door</source>
      <translation>å sette leveransen utenfor døren</translation>
    </message>
    <message>
      <source>delivery to a pickup point</source>
      <translation>levering til hentested</translation>
    </message>
    <message>
      <source>urgent delivery</source>
      <translation>hastelevering</translation>
    </message>
    <message>
      <source>express delivery</source>
      <translation>ekspresslevering</translation>
    </message>
    <message>
      <source>joint delivery</source>
      <translation>samlevering</translation>
    </message>
    <message>
      <source>delivery on the route's days</source>
      <translation>levering på rutens dager</translation>
    </message>
    <message>
      <source>collection at the counter</source>
      <translation>henting i skranken</translation>
    </message>
    <message>
      <source>stocked (procured, in stock)</source>
      <translation>lagerført (anskaffet, på lager)</translation>
    </message>
    <message>
      <source>outside the assortment</source>
      <translation>utenfor sortimentet</translation>
    </message>
    <message>
      <source>from the pharmacy (not the depot's)</source>
      <translation>fra apoteket (ikke utlånssentralens)</translation>
    </message>
    <message>
      <source>An article</source>
      <translation>En artikkel</translation>
    </message>
    <message>
      <source>The pack</source>
      <translation>Pakningen</translation>
    </message>
    <message>
      <source>The article number</source>
      <translation>Artikkelnummeret</translation>
    </message>
    <message>
      <source>article added or changed</source>
      <translation>artikkel lagt til eller endret</translation>
    </message>
    <message>
      <source>consumables prescribed</source>
      <translation>forbruksmateriell forskrevet</translation>
    </message>
    <message>
      <source>consumables ordered</source>
      <translation>forbruksmateriell bestilt</translation>
    </message>
    <message>
      <source>order of consumables moved on</source>
      <translation>bestilling av forbruksmateriell flyttet videre</translation>
    </message>
    <message>
      <source>order of consumables justified</source>
      <translation>bestilling av forbruksmateriell begrunnet</translation>
    </message>
    <message>
      <source>awaiting the prescriber's justification</source>
      <translation>venter på forskriverens begrunnelse</translation>
    </message>
    <message>
      <source>picked</source>
      <translation>plukket</translation>
    </message>
    <message>
      <source>dispatched</source>
      <translation>sendt</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>levert</translation>
    </message>
    <message>
      <source>collected</source>
      <translation>hentet</translation>
    </message>
    <message>
      <source>returned uncollected</source>
      <translation>returnert, ikke hentet</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>kansellert</translation>
    </message>
    <message>
      <source>special housing</source>
      <translation>omsorgsbolig</translation>
    </message>
    <message>
      <source>The street address</source>
      <translation>Gateadressen</translation>
    </message>
    <message>
      <source>The postcode</source>
      <translation>Postnummeret</translation>
    </message>
    <message>
      <source>The town</source>
      <translation>Poststedet</translation>
    </message>
    <message>
      <source>The c/o name</source>
      <translation>C/o-navnet</translation>
    </message>
    <message>
      <source>The door code</source>
      <translation>Portkoden</translation>
    </message>
    <message>
      <source>Whom the notice goes to</source>
      <translation>Mottakeren av varselet</translation>
    </message>
    <message>
      <source>The pickup point</source>
      <translation>Hentestedet</translation>
    </message>
    <message>
      <source>The opening hours</source>
      <translation>Åpningstidene</translation>
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
      <translation>Pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="147" />
      <source>Press {plan} to see which pumps the next run would send.</source>
      <translation>Trykk {plan} for å se hvilke pumper neste kjøring ville sende.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="157" />
      <source>{pumps} pumps to {units} units. Not sent yet: check the list, then {dispatch}.</source>
      <translation>{pumps} pumper til {units} enheter. Ikke sendt ennå: kontroller listen og velg så {dispatch}.</translation>
    </message>
    <message>
      <source>Press Plan (Alt+P) to see which pumps the next run would send.</source>
      <translation type="vanished">Trykk Planlegg (Alt+P) for å se hvilke pumper neste kjøring ville sende.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="154" />
      <source>Plan for {day}</source>
      <translation>Plan for {day}</translation>
    </message>
    <message>
      <source>{pumps} pumps to {units} units. Not sent yet: check the list, then Dispatch (Alt+D).</source>
      <translation type="vanished">{pumps} pumper til {units} enheter. Ikke sendt ennå: kontroller listen, og velg så Send (Alt+D).</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="161" />
      <source>Nothing to send: every unit has its target, or there are no ready pumps for what is short.</source>
      <translation>Ingenting å sende: hver enhet har sitt mål, eller det finnes ingen klare pumper for det som mangler.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="166" />
      <source>Short: {unit} needs {missing} more {model} — not enough ready pumps</source>
      <translation>Mangel: {unit} trenger {missing} flere {model} — for få klare pumper</translation>
    </message>
  </context>
  <context>
    <name>PrescriberEditor</name>
    <message>
      <location filename="../../app/gui/registers.py" line="49" />
      <source>Customer numbers, e.g. 602154, 604001</source>
      <translation>Kundenumre, f.eks. 602154, 604001</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="53" />
      <source>&amp;Save changes</source>
      <translation>&amp;Lagre endringer</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="55" />
      <location filename="../../app/gui/registers.py" line="104" />
      <source>Make &amp;inactive</source>
      <translation>Gjør &amp;inaktiv</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="60" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="61" />
      <source>Role:</source>
      <translation>Rolle:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="62" />
      <source>Units:</source>
      <translation>Enheter:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="63" />
      <source>Direct phone:</source>
      <translation>Direktetelefon:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="64" />
      <source>E-mail:</source>
      <translation>E-post:</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="105" />
      <source>Make &amp;active</source>
      <translation>Gjør &amp;aktiv</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="121" />
      <source>Saved: {prescriber}</source>
      <translation>Lagret: {prescriber}</translation>
    </message>
  </context>
  <context>
    <name>Print</name>
    <message>
      <source>Loan of treatment aids</source>
      <translation>Utlån av behandlingshjelpemidler</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Side {page} av {pages}</translation>
    </message>
    <message>
      <source>Patient loan</source>
      <translation>Pasientlån</translation>
    </message>
    <message>
      <source>Transport loan</source>
      <translation>Transportlån</translation>
    </message>
    <message>
      <source>Unit buffer stock</source>
      <translation>Bufferlager på enhet</translation>
    </message>
    <message>
      <source>Loan type</source>
      <translation>Lånetype</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Utlånt</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Utlånt av</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Pasient</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Identity number</source>
      <translation>Identitetsnummer</translation>
    </message>
    <message>
      <source>Recipient: responsible unit</source>
      <translation>Mottaker: ansvarlig enhet</translation>
    </message>
    <message>
      <source>Responsible unit and prescriber</source>
      <translation>Ansvarlig enhet og rekvirent</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <source>Customer no.</source>
      <translation>Kundenr.</translation>
    </message>
    <message>
      <source>Billed to customer no.</source>
      <translation>Faktureres kundenr.</translation>
    </message>
    <message>
      <source>c/o: the person at the unit who takes delivery</source>
      <translation>c/o: personen på enheten som tar imot leveransen</translation>
    </message>
    <message>
      <source>Prescribing doctor</source>
      <translation>Rekvirerende lege</translation>
    </message>
    <message>
      <source>Approval reference</source>
      <translation>Godkjenningsreferanse</translation>
    </message>
    <message>
      <source>Registration no.</source>
      <translation>Registreringsnr.</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Serial no.</source>
      <translation>Serienr.</translation>
    </message>
    <message>
      <source>Pumps</source>
      <translation>Pumper</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Ingen.</translation>
    </message>
    <message>
      <source>Consumables handed out</source>
      <translation>Utlevert forbruksmateriell</translation>
    </message>
    <message>
      <source>Pumps with the depot's registration label always go back to the depot to be checked and cleaned before the next loan.</source>
      <translation>Pumper med utlånssentralens registreringsmerke skal alltid leveres tilbake til utlånssentralen for kontroll og rengjøring før neste utlån.</translation>
    </message>
    <message>
      <source>Return terms</source>
      <translation>Vilkår for innlevering</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Underskrift</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Name in block letters</source>
      <translation>Navn med blokkbokstaver</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Mottatt av</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Underskrifter</translation>
    </message>
    <message>
      <source>Pump label</source>
      <translation>Pumpeetikett</translation>
    </message>
    <message>
      <source>Loan receipt</source>
      <translation>Lånekvittering</translation>
    </message>
    <message>
      <source>Transport loan receipt</source>
      <translation>Kvittering for transportlån</translation>
    </message>
    <message>
      <source>Pump</source>
      <translation>Pumpe</translation>
    </message>
    <message>
      <source>Pumps ({count})</source>
      <translation>Pumper ({count})</translation>
    </message>
    <message>
      <source>Serial no. {serial}</source>
      <translation>Serienr. {serial}</translation>
    </message>
    <message>
      <source>Customer no. {number}</source>
      <translation>Kundenr. {number}</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <source>{count} × {name}</source>
      <translation>{count} × {name}</translation>
    </message>
    <message>
      <source>Return the pump to the lending counter right after the transport.</source>
      <translation>Lever pumpen tilbake der den ble lånt ut, rett etter transporten.</translation>
    </message>
    <message>
      <source>Return the pump to the depot when the treatment has ended.</source>
      <translation>Lever pumpen tilbake til utlånssentralen når behandlingen er avsluttet.</translation>
    </message>
    <message>
      <source>Clean the pump and remove all disposables before returning it.</source>
      <translation>Rengjør pumpen og fjern alt engangsmateriell før den leveres tilbake.</translation>
    </message>
    <message>
      <source>If the pump has a fault, attach a note describing it.</source>
      <translation>Hvis pumpen har feil, legg ved en merknad om feilen.</translation>
    </message>
    <message>
      <source>Returning the pump</source>
      <translation>Innlevering av pumpen</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpningstid</translation>
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
      <translation>Utlånt av {name}</translation>
    </message>
    <message>
      <source>Packing slip</source>
      <translation>Pakkseddel</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Sendt</translation>
    </message>
    <message>
      <source>Shipped by</source>
      <translation>Sendt av</translation>
    </message>
    <message>
      <source>Number of pumps</source>
      <translation>Antall pumper</translation>
    </message>
    <message>
      <source>To the unit's buffer stock</source>
      <translation>Til enhetens bufferlager</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>Kontaktperson</translation>
    </message>
    <message>
      <source>The unit is responsible for these pumps until they are prescribed to a patient, and bears the cost of any pump that is lost.</source>
      <translation>Enheten har ansvaret for pumpene til de rekvireres til en pasient, og dekker kostnaden for pumper som kommer bort.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Mottatt</translation>
    </message>
    <message>
      <source>Received by the unit</source>
      <translation>Mottatt av enheten</translation>
    </message>
    <message>
      <source>Check the pumps against this slip and tick each one. Report anything missing or damaged to the depot the same day.</source>
      <translation>Kontroller pumpene mot pakkseddelen og kryss av for hver pumpe. Meld fra til utlånssentralen samme dag hvis noe mangler eller er skadet.</translation>
    </message>
    <message>
      <source>not verified against the prescriber register</source>
      <translation>ikke kontrollert mot forskriverregisteret</translation>
    </message>
    <message>
      <source>Staff card</source>
      <translation>Ansattkort</translation>
    </message>
    <message>
      <source>Staff number {number}</source>
      <translation>Ansattnummer {number}</translation>
    </message>
    <message>
      <source>14-day pack</source>
      <translation>14-dagerspakke</translation>
    </message>
    <message>
      <source>Send the pumps in your stock back to the depot now. For each pump with a patient, contact the patient and arrange an exchange: the depot lends a replacement pump. Until then the pump must not be lent to anyone else.</source>
      <translation>Send pumpene på lageret deres tilbake til BHM nå. Kontakt hver pasient som har en av pumpene, og avtal et bytte: BHM låner ut en erstatningspumpe. Inntil da skal pumpen ikke lånes ut til noen andre.</translation>
    </message>
    <message>
      <source>A patient with a protected identity is named only as "protected identity": the unit is the contact for that patient.</source>
      <translation>En pasient med fortrolige personopplysninger angis bare som "fortrolig identitet": enheten er kontakt for den pasienten.</translation>
    </message>
    <message>
      <source>The pumps must be inspected as the notice says before they are used again.</source>
      <translation>Pumpene skal kontrolleres slik sikkerhetsmeldingen sier før de brukes igjen.</translation>
    </message>
    <message>
      <source>The pumps' software must be updated before they are used again.</source>
      <translation>Pumpenes programvare skal oppdateres før de brukes igjen.</translation>
    </message>
    <message>
      <source>A part of the pumps must be replaced before they are used again.</source>
      <translation>En del i pumpene skal byttes før de brukes igjen.</translation>
    </message>
    <message>
      <source>The pumps are withdrawn from use and will not be used again.</source>
      <translation>Pumpene tas ut av bruk og skal ikke brukes igjen.</translation>
    </message>
    <message>
      <source>Recall {reference}</source>
      <translation>Tilbakekalling {reference}</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Parti</translation>
    </message>
    <message>
      <source>Return this letter to the depot when every pump listed has been sent back or exchanged.</source>
      <translation>Send dette brevet tilbake til BHM når alle pumpene på listen er sendt tilbake eller byttet.</translation>
    </message>
    <message>
      <source>To the responsible unit</source>
      <translation>Til ansvarlig enhet</translation>
    </message>
    <message>
      <source>What the unit must do</source>
      <translation>Hva enheten må gjøre</translation>
    </message>
    <message>
      <source>Patient, loan no.</source>
      <translation>Pasient, lånenr.</translation>
    </message>
    <message>
      <source>protected identity (contact: the unit)</source>
      <translation>fortrolig identitet (kontakt: enheten)</translation>
    </message>
    <message>
      <source>Confirmation to the depot</source>
      <translation>Bekreftelse til BHM</translation>
    </message>
    <message>
      <source>Field safety notice</source>
      <translation>Sikkerhetsmelding (FSN)</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Om</translation>
    </message>
    <message>
      <source>In the unit's stock ({count})</source>
      <translation>På enhetens lager ({count})</translation>
    </message>
    <message>
      <source>With the unit's patients ({count})</source>
      <translation>Hos enhetens pasienter ({count})</translation>
    </message>
    <message>
      <source>Payer and invoice address</source>
      <translation>Betaler og fakturaadresse</translation>
    </message>
    <message>
      <source>Payer for {pumps}</source>
      <translation>Betaler for {pumps}</translation>
    </message>
    <message>
      <source>Invoice reference</source>
      <translation>Fakturareferanse</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nei</translation>
    </message>
    <message>
      <source>Pumps out now</source>
      <translation>Pumper ute nå</translation>
    </message>
    <message>
      <source>Loans started and ended</source>
      <translation>Lån startet og avsluttet</translation>
    </message>
    <message>
      <source>Lost pumps charged per unit</source>
      <translation>Tapte pumper belastet per enhet</translation>
    </message>
    <message>
      <source>Faults and time in service</source>
      <translation>Feil og tid på service</translation>
    </message>
    <message>
      <source>Preventive maintenance done and due</source>
      <translation>Forebyggende vedlikehold utført og forfalt</translation>
    </message>
    <message>
      <source>Replenishment runs and shortages</source>
      <translation>Påfyllingskjøringer og mangler</translation>
    </message>
    <message>
      <source>Per unit and model</source>
      <translation>Per enhet og modell</translation>
    </message>
    <message>
      <source>Per unit, product area and payer</source>
      <translation>Per enhet, produktområde og betaler</translation>
    </message>
    <message>
      <source>Lost pumps</source>
      <translation>Tapte pumper</translation>
    </message>
    <message>
      <source>Charged per unit</source>
      <translation>Belastet per enhet</translation>
    </message>
    <message>
      <source>Total per payer</source>
      <translation>Sum per betaler</translation>
    </message>
    <message>
      <source>Faults per model and category</source>
      <translation>Feil per modell og kategori</translation>
    </message>
    <message>
      <source>Time in service (visits ended in the period)</source>
      <translation>Tid på service (besøk avsluttet i perioden)</translation>
    </message>
    <message>
      <source>Maintenance done per model</source>
      <translation>Vedlikehold utført per modell</translation>
    </message>
    <message>
      <source>Maintenance due by the end of the period</source>
      <translation>Vedlikehold som forfaller innen periodens slutt</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Kjøringer</translation>
    </message>
    <message>
      <source>Shortages per unit and model</source>
      <translation>Mangler per enhet og modell</translation>
    </message>
    <message>
      <source>Model name</source>
      <translation>Modellnavn</translation>
    </message>
    <message>
      <source>With patients</source>
      <translation>Hos pasienter</translation>
    </message>
    <message>
      <source>Transport loans</source>
      <translation>Transportlån</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>På lager</translation>
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
      <translation>Produktområdets navn</translation>
    </message>
    <message>
      <source>Payer</source>
      <translation>Betaler</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Startet</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Avsluttet</translation>
    </message>
    <message>
      <source>Loan no.</source>
      <translation>Lånenr.</translation>
    </message>
    <message>
      <source>Lost on</source>
      <translation>Tapt den</translation>
    </message>
    <message>
      <source>Replacement cost</source>
      <translation>Erstatningskostnad</translation>
    </message>
    <message>
      <source>Still lost</source>
      <translation>Fortsatt tapt</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Belastet</translation>
    </message>
    <message>
      <source>Without a cost</source>
      <translation>Uten oppgitt kostnad</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Meldt</translation>
    </message>
    <message>
      <source>No fault found</source>
      <translation>Ingen feil funnet</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>Besøk</translation>
    </message>
    <message>
      <source>Average days</source>
      <translation>Dager i snitt</translation>
    </message>
    <message>
      <source>Longest, days</source>
      <translation>Lengst, dager</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Utført</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Forfaller</translation>
    </message>
    <message>
      <source>Overdue now</source>
      <translation>Forfalt nå</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Pumps sent</source>
      <translation>Pumper sendt</translation>
    </message>
    <message>
      <source>Units served</source>
      <translation>Enheter forsynt</translation>
    </message>
    <message>
      <source>Pumps short</source>
      <translation>Pumper som manglet</translation>
    </message>
    <message>
      <source>Runs short</source>
      <translation>Kjøringer med mangel</translation>
    </message>
    <message>
      <source>Alarm</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <source>Display</source>
      <translation>Display</translation>
    </message>
    <message>
      <source>Battery or charging</source>
      <translation>Batteri eller lading</translation>
    </message>
    <message>
      <source>Mechanical</source>
      <translation>Mekanisk</translation>
    </message>
    <message>
      <source>Damaged or dirty</source>
      <translation>Skadet eller skitten</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annet</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>Made {when}</source>
      <translation>Laget {when}</translation>
    </message>
    <message>
      <source>As things stand on {day}</source>
      <translation>Status per {day}</translation>
    </message>
    <message>
      <source>Period {start} to {end}</source>
      <translation>Periode {start} til {end}</translation>
    </message>
    <message>
      <source>Unit {unit}</source>
      <translation>Enhet {unit}</translation>
    </message>
    <message>
      <source>Nothing in this period.</source>
      <translation>Ingenting i perioden.</translation>
    </message>
    <message>
      <source>Address label</source>
      <translation>Adresseetikett</translation>
    </message>
    <message>
      <source>The patient</source>
      <translation>Pasienten</translation>
    </message>
    <message>
      <source>A relative</source>
      <translation>En pårørende</translation>
    </message>
    <message>
      <source>Care staff</source>
      <translation>Helsepersonell</translation>
    </message>
    <message>
      <source>The prescriber</source>
      <translation>Rekvirenten</translation>
    </message>
    <message>
      <source>Standard delivery</source>
      <translation>Standard levering</translation>
    </message>
    <message>
      <source>From: {depot}</source>
      <translation>Fra: {depot}</translation>
    </message>
    <message>
      <source>c/o {name}</source>
      <translation>c/o {name}</translation>
    </message>
    <message>
      <source>Phone {phone}</source>
      <translation>Tlf. {phone}</translation>
    </message>
    <message>
      <source>Outside the assortment: not returnable, an extra cost for the payer</source>
      <translation>Utenfor sortimentet: kan ikke returneres, ekstra kostnad for betaleren</translation>
    </message>
    <message>
      <source>Picking list</source>
      <translation>Plukkliste</translation>
    </message>
    <message>
      <source>Recipient: the prescribing unit</source>
      <translation>Mottaker: rekvirerende enhet</translation>
    </message>
    <message>
      <source>Deliver to</source>
      <translation>Leveres til</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Plukket</translation>
    </message>
    <message>
      <source>Article no.</source>
      <translation>Artikkelnr.</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artikkel</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Antall</translation>
    </message>
    <message>
      <source>Pack</source>
      <translation>Pakning</translation>
    </message>
    <message>
      <source>Articles to pick</source>
      <translation>Artikler som skal plukkes</translation>
    </message>
    <message>
      <source>Picked and checked</source>
      <translation>Plukket og kontrollert</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Bestilt</translation>
    </message>
    <message>
      <source>Ordered by</source>
      <translation>Bestilt av</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Registrert av</translation>
    </message>
    <message>
      <source>Lines to pick</source>
      <translation>Linjer som skal plukkes</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Levering</translation>
    </message>
    <message>
      <source>Picked by</source>
      <translation>Plukket av</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>Kontrollert av</translation>
    </message>
    <message>
      <source>customer no. {number}</source>
      <translation>kundenr. {number}</translation>
    </message>
    <message>
      <source>articles {articles}</source>
      <translation>artiklene {articles}</translation>
    </message>
    <message>
      <source>Extra cost for {payer}: {articles} outside the assortment</source>
      <translation>Ekstra kostnad for {payer}: {articles} utenfor sortimentet</translation>
    </message>
    <message>
      <source>On the depot's own shelves</source>
      <translation>På utlånssentralens egne hyller</translation>
    </message>
    <message>
      <source>Stocktake differences</source>
      <translation>Tellingsavvik</translation>
    </message>
    <message>
      <source>Counts finished in the period</source>
      <translation>Tellinger avsluttet i perioden</translation>
    </message>
    <message>
      <source>Differences and how they were resolved</source>
      <translation>Avvik og hvordan de ble løst</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Telling</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Sted</translation>
    </message>
    <message>
      <source>Place name</source>
      <translation>Stedets navn</translation>
    </message>
    <message>
      <source>Count started</source>
      <translation>Startet</translation>
    </message>
    <message>
      <source>Count finished</source>
      <translation>Avsluttet</translation>
    </message>
    <message>
      <source>Finished by</source>
      <translation>Avsluttet av</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Forventet</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Funnet</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Mangler</translation>
    </message>
    <message>
      <source>Unexpected</source>
      <translation>Uventede</translation>
    </message>
    <message>
      <source>Not yet resolved</source>
      <translation>Ikke løst ennå</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Avvik</translation>
    </message>
    <message>
      <source>Register had it</source>
      <translation>Ifølge registeret</translation>
    </message>
    <message>
      <source>In the register at</source>
      <translation>Registrert på</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Løsning</translation>
    </message>
    <message>
      <source>Charged to / moved to</source>
      <translation>Belastet / flyttet til</translation>
    </message>
    <message>
      <source>Resolved on</source>
      <translation>Løst den</translation>
    </message>
    <message>
      <source>Found, not expected</source>
      <translation>Funnet, ikke forventet</translation>
    </message>
    <message>
      <source>Reported lost, charged to the unit</source>
      <translation>Meldt tapt, belastet enheten</translation>
    </message>
    <message>
      <source>Reported lost at the depot's cost</source>
      <translation>Meldt tapt for utlånssentralens regning</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Flyttet</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Returnert</translation>
    </message>
    <message>
      <source>Orders of consumables per payer</source>
      <translation>Bestillinger av forbruksmateriell per betaler</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Bestillinger</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Linjer</translation>
    </message>
    <message>
      <source>Extra-cost lines</source>
      <translation>Linjer med merkostnad</translation>
    </message>
    <message>
      <source>Leave outside the door</source>
      <translation>Kan settes utenfor døren</translation>
    </message>
    <message>
      <source>To the pickup point</source>
      <translation>Til hentested</translation>
    </message>
    <message>
      <source>Urgent delivery</source>
      <translation>Hastelevering</translation>
    </message>
    <message>
      <source>Express delivery</source>
      <translation>Ekspresslevering</translation>
    </message>
    <message>
      <source>Joint delivery</source>
      <translation>Samlevering</translation>
    </message>
    <message>
      <source>Route delivery</source>
      <translation>Levering etter rute</translation>
    </message>
    <message>
      <source>Collect at the counter</source>
      <translation>Hentes i skranken</translation>
    </message>
    <message>
      <source>No day promised (outside the region)</source>
      <translation>Ingen dag lovet (utenfor regionen)</translation>
    </message>
    <message>
      <source>Promised {date}</source>
      <translation>Lovet {date}</translation>
    </message>
    <message>
      <source>Door code {code}</source>
      <translation>Portkode {code}</translation>
    </message>
    <message>
      <source>Pickup point: {point}</source>
      <translation>Hentested: {point}</translation>
    </message>
    <message>
      <source>Collect by {date}</source>
      <translation>Hentes senest {date}</translation>
    </message>
    <message>
      <source>Prescriber {name}</source>
      <translation>Forskriver {name}</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../app/gui/printing.py" line="155" />
      <source>Print preview: {title}</source>
      <extracomment>The document was sent to a printer or saved.</extracomment>
      <translation>Forhåndsvisning: {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="173" />
      <source>Use this printer for this kind of document</source>
      <translation>Bruk denne skriveren for denne typen dokument</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="174" />
      <source>&amp;Print</source>
      <translation>Skriv &amp;ut</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="177" />
      <source>&amp;Save as PDF …</source>
      <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="181" />
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="184" />
      <source>Printer:</source>
      <translation>Skriver:</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="209" />
      <source>Save as PDF</source>
      <translation>Lagre som PDF</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../app/gui/printing.py" line="80" />
      <source>No printer is set for it.</source>
      <extracomment>A line for the status bar (printed, or not). Paper that did not print: its title and why, for the banner. What did not print was printed or saved after all. The key that opens the document that did not print, to choose a printer or save it. The last document that did not print, until it is printed or saved.</extracomment>
      <translation>Ingen skriver er valgt for den.</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="90" />
      <source>Printed {title} on {printer}</source>
      <translation>{title} er skrevet ut på {printer}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="95" />
      <source>Could not print {title}: {why}</source>
      <translation>Kunne ikke skrive ut {title}: {why}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="97" />
      <source>The printer {printer} could not print it.</source>
      <translation>Skriveren {printer} kunne ikke skrive den ut.</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="102" />
      <source>{title} was not printed.</source>
      <translation>{title} ble ikke skrevet ut.</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="107" />
      <source>Receipt {title}</source>
      <translation>Kvittering {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="107" />
      <source>Loan form {title}</source>
      <translation>Utlånsskjema {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="108" />
      <source>Packing slip {title}</source>
      <translation>Pakkseddel {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="108" />
      <source>Label {title}</source>
      <translation>Etikett {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="109" />
      <source>Picking list {title}</source>
      <translation>Plukkliste {title}</translation>
    </message>
    <message>
      <location filename="../../app/gui/printing.py" line="110" />
      <source>Address label {title}</source>
      <translation>Adresseetikett {title}</translation>
    </message>
    <message>
      <source>{title} was not printed: no printer is set for it. Open it in the Pump tab to choose one.</source>
      <translation type="vanished">{title} ble ikke skrevet ut: ingen skriver er valgt for den. Åpne den i fanen Pumpe for å velge en.</translation>
    </message>
  </context>
  <context>
    <name>PumpTab</name>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="42" />
      <source>Scan a pump, or search by registration, serial number, UDI or patient</source>
      <extracomment>The last search found a person: their lookback stays shown.</extracomment>
      <translation>Skann en pumpe, eller søk på registreringsnummer, serienummer, UDI eller pasient</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="44" />
      <location filename="../../app/gui/tabs/pump_tab.py" line="118" />
      <source>Pump</source>
      <translation>Pumpe</translation>
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
      <translation>Ansvarlig enhet:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="57" />
      <source>Patient:</source>
      <translation>Pasient:</translation>
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
      <translation>Parti, produsert, utløper:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="60" />
      <source>Next maintenance:</source>
      <translation>Neste vedlikehold:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="61" />
      <source>Open faults:</source>
      <translation>Åpne feilmeldinger:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="66" />
      <source>When</source>
      <translation>Når</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="66" />
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="66" />
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="67" />
      <source>Workstation</source>
      <translation>Arbeidsstasjon</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="67" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="69" />
      <source>&amp;Receipt …</source>
      <translation>&amp;Kvittering …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="71" />
      <source>Loan &amp;form …</source>
      <translation>&amp;Utlånsskjema …</translation>
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
      <translation>Finn en person med et hvilket som helst identitetsnummer de har hatt; konverter eller beskytt personen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="82" />
      <source>Print:</source>
      <translation>Skriv ut:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="98" />
      <source>History</source>
      <translation>Historikk</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="99" />
      <source>Lookback</source>
      <translation>Tilbakeblikk</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="114" />
      <source>Scan or search for a pump</source>
      <translation>Skann eller søk etter en pumpe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/pump_tab.py" line="176" />
      <source>%n pump(s) found</source>
      <translation>
        <numerusform>%n pumpe funnet</numerusform>
        <numerusform>%n pumper funnet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="177" />
      <source>Nothing found</source>
      <translation>Ingenting funnet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="231" />
      <source>Recall {reference}</source>
      <translation>Tilbakekalling {reference}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="232" />
      <source>Not lent until this is done: {todo} ({title}).</source>
      <translation>Lånes ikke ut før dette er gjort: {todo} ({title}).</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="236" />
      <source>{state} since {since}</source>
      <translation>{state} siden {since}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="240" />
      <source>protected</source>
      <translation>skjermet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="255" />
      <source>repair</source>
      <translation>reparasjon</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="255" />
      <source>maintenance</source>
      <translation>vedlikehold</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="272" />
      <source>REFUSED: {why}</source>
      <translation>AVVIST: {why}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="274" />
      <source>waiting for the central database</source>
      <translation>venter på den sentrale databasen</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/pump_tab.py" line="278" />
      <source>Not found</source>
      <translation>Ikke funnet</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="36" />
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="37" />
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="38" />
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="39" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="40" />
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="41" />
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="42" />
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="34" />
      <source>Show Details...</source>
      <translation>Vis detaljer …</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="35" />
      <source>Hide Details...</source>
      <translation>Skjul detaljer …</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="16" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="17" />
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="18" />
      <source>Save All</source>
      <translation>Lagre alle</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="19" />
      <source>Open</source>
      <translation>Åpningstid</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="20" />
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="21" />
      <source>Yes to &amp;All</source>
      <translation>Ja til &amp;alle</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="22" />
      <source>&amp;No</source>
      <translation>&amp;Nei</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="23" />
      <source>N&amp;o to All</source>
      <translation>N&amp;ei til alle</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="24" />
      <source>Abort</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="25" />
      <source>Retry</source>
      <translation>Prøv igjen</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="26" />
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="27" />
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="28" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="29" />
      <source>Discard</source>
      <translation>Forkast</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="30" />
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="31" />
      <source>Apply</source>
      <translation>Bruk</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="32" />
      <source>Reset</source>
      <translation>Tilbakestill</translation>
    </message>
    <message>
      <location filename="../../app/gui/qt_texts.py" line="33" />
      <source>Restore Defaults</source>
      <translation>Gjenopprett standardverdier</translation>
    </message>
  </context>
  <context>
    <name>RecallsDialog</name>
    <message>
      <location filename="../../app/gui/recalls.py" line="50" />
      <source>Recalls</source>
      <translation>Tilbakekallinger</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="53" />
      <source>Reference</source>
      <translation>Referanse</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="53" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="53" />
      <source>Action</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="54" />
      <source>Done</source>
      <translation>Ferdige</translation>
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
      <translation>Velg en tilbakekalling</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="64" />
      <source>Pump</source>
      <translation>Pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="64" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="64" />
      <source>Serial no.</source>
      <translation>Serienr.</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="65" />
      <source>Lot</source>
      <translation>Parti</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="65" />
      <source>Patient</source>
      <translation>Pasient</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="66" />
      <source>Loan</source>
      <translation>Lån</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="68" />
      <source>&amp;New recall …</source>
      <translation>&amp;Ny tilbakekalling …</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="70" />
      <source>&amp;Export list …</source>
      <translation>&amp;Eksporter listen …</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="72" />
      <source>&amp;Letters to the units …</source>
      <translation>&amp;Brev til enhetene …</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="98" />
      <source>Recording a recall needs the administrator role</source>
      <translation>Å registrere en tilbakekalling krever rollen administrator</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="115" />
      <location filename="../../app/gui/recalls.py" line="141" />
      <source>open</source>
      <translation>åpen</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="115" />
      <location filename="../../app/gui/recalls.py" line="141" />
      <source>closed</source>
      <translation>lukket</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="128" />
      <source>In the depot</source>
      <translation>På utlånssentralen</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="129" />
      <source>In the stock of {unit}</source>
      <translation>På lageret til {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="130" />
      <source>With patients of {unit}</source>
      <translation>Hos pasienter ved {unit}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="131" />
      <source>Lost, answered for by {unit}</source>
      <translation>Tapt, {unit} er ansvarlig</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="132" />
      <source>Done or retired</source>
      <translation>Ferdige eller kassert</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="135" />
      <source>contact: {person}</source>
      <translation>kontakt: {person}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="143" />
      <source>{reference} · {title} · {action} · done {done} of {total} · {state}</source>
      <translation>{reference} · {title} · {action} · {done} av {total} ferdige · {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="148" />
      <source>protected identity</source>
      <translation>beskyttet identitet</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="177" />
      <source>Export the list</source>
      <translation>Eksporter listen</translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="178" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>Regneark (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/recalls.py" line="187" />
      <source>%n pump(s) written to {path}</source>
      <translation>
        <numerusform>1 pumpe skrevet til {path}</numerusform>
        <numerusform>%n pumper skrevet til {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/recalls.py" line="194" />
      <source>Folder for the letters</source>
      <translation>Mappe for brevene</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/recalls.py" line="203" />
      <source>%n letter(s) written to {path}</source>
      <translation>
        <numerusform>1 brev skrevet til {path}</numerusform>
        <numerusform>%n brev skrevet til {path}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Refusal</name>
    <message>
      <source>'{text}' is not a valid patient identity: {why}.</source>
      <translation>'{text}' er ikke en gyldig pasientidentitet: {why}.</translation>
    </message>
    <message>
      <source>A protected identity has no stored history to convert.</source>
      <translation>En skjermet identitet har ingen lagret historikk å konvertere.</translation>
    </message>
    <message>
      <source>A {old} can only be converted to a fuller identity, not to a {new}.</source>
      <translation>En identitet av typen {old} kan bare konverteres til en mer fullstendig identitet, ikke til {new}.</translation>
    </message>
    <message>
      <source>The birth dates differ ({old} and {new}); check both numbers before converting.</source>
      <translation>Fødselsdatoene er ulike ({old} og {new}); kontroller begge numrene før du konverterer.</translation>
    </message>
    <message>
      <source>An approval reference is required: give the signed loan form's or the referral's reference.</source>
      <translation>En godkjenningsreferanse kreves: oppgi referansen til det signerte utlånsskjemaet eller henvisningen.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) is billed only for asylum seekers and people without permits; give the caring unit.</source>
      <translation>{unit_name} ({unit}) faktureres bare for asylsøkere og personer uten oppholdstillatelse; oppgi enheten som behandler pasienten.</translation>
    </message>
    <message>
      <source>'{name}: {count}' is not a consumable pack count (0–99).</source>
      <translation>'{name}: {count}' er ikke et gyldig antall pakker forbruksmateriell (0–99).</translation>
    </message>
    <message>
      <source>'{item}' is not NAME=COUNT.</source>
      <translation>'{item}' er ikke på formen NAVN=ANTALL.</translation>
    </message>
    <message>
      <source>This patient is billed to the region's asylum unit, but none is registered: add the asylum unit (e.g. 601628) as a care unit of kind 'asylum' first.</source>
      <translation>Pasienten faktureres regionens asylenhet, men ingen slik er registrert: legg først inn asylenheten (f.eks. 601628) som enhet av typen 'asylum'.</translation>
    </message>
    <message>
      <source>'{text}' is not a customer number: a care unit's customer number has six digits.</source>
      <translation>'{text}' er ikke et kundenummer: en enhets kundenummer har seks sifre.</translation>
    </message>
    <message>
      <source>'{code}' is not a model code: use letters, digits, - _ or .</source>
      <translation>'{code}' er ikke en modellkode: bruk bokstaver, sifre, - _ eller .</translation>
    </message>
    <message>
      <source>The maintenance interval must be a positive number of days.</source>
      <translation type="vanished">Vedlikeholdsintervallet må være et positivt antall dager.</translation>
    </message>
    <message>
      <source>'{gtin}' is not a GTIN: give the 14 digits of AI (01).</source>
      <translation>'{gtin}' er ikke et GTIN: oppgi de 14 sifrene i AI (01).</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: it is {state} since {since} — {advice}.</source>
      <translation>Kan ikke {verb} {registration}: den er {state} siden {since} — {advice}.</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: it is {state} at {unit} since {since} — {advice}.</source>
      <translation>Kan ikke {verb} {registration}: den er {state} hos {unit} siden {since} — {advice}.</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: its preventive maintenance was due {due} — send it to service for maintenance.</source>
      <translation>Kan ikke {verb} {registration}: forebyggende vedlikehold skulle vært gjort {due} — send den til service for vedlikehold.</translation>
    </message>
    <message>
      <source>Cannot {verb} to {unit_name} ({unit}): only hospital units may hold a buffer stock of pumps, not primary care or municipalities.</source>
      <translation>Kan ikke {verb} til {unit_name} ({unit}): bare sykehusenheter kan ha bufferlager av pumper, ikke primærhelsetjenesten eller kommuner.</translation>
    </message>
    <message>
      <source>{registration} is in the stock of unit {unit}, not of {other}; prescribe it from that unit.</source>
      <translation>{registration} er på bufferlageret til enhet {unit}, ikke til {other}; rekvirer den fra den enheten.</translation>
    </message>
    <message>
      <source>{registration} is already the responsibility of {unit_name} ({unit}).</source>
      <translation>{unit_name} ({unit}) har allerede ansvaret for {registration}.</translation>
    </message>
    <message>
      <source>Describe the fault: what is wrong?</source>
      <translation>Beskriv feilen: hva er galt?</translation>
    </message>
    <message>
      <source>Cannot mark {registration} as cleaned: it has an open fault report — send it to service first.</source>
      <translation>Kan ikke markere {registration} som rengjort: den har en åpen feilmelding — send den til service først.</translation>
    </message>
    <message>
      <source>'{text}' cannot be a registration number: use 1–32 letters, digits, - . or /.</source>
      <translation>'{text}' kan ikke være et registreringsnummer: bruk 1–32 bokstaver, sifre, - . eller /.</translation>
    </message>
    <message>
      <source>The scan was empty or unreadable: scan again.</source>
      <translation>Skanningen var tom eller uleselig: skann igjen.</translation>
    </message>
    <message>
      <source>No pump matches '{text}': check the label and scan again, or register the pump first.</source>
      <translation>Ingen pumpe samsvarer med '{text}': kontroller etiketten og skann igjen, eller registrer pumpen først.</translation>
    </message>
    <message>
      <source>No care unit has customer number {customer_number}: check the number or add the unit.</source>
      <translation>Ingen enhet har kundenummer {customer_number}: kontroller nummeret eller legg inn enheten.</translation>
    </message>
    <message>
      <source>{key} is not in the register yet: for the first loan give the birth date too (LMA YYYYMMDD NN-NNNNNN).</source>
      <translation>{key} er ikke registrert ennå: oppgi også fødselsdato ved første lån (LMA ÅÅÅÅMMDD NN-NNNNNN).</translation>
    </message>
    <message>
      <source>Scan at least one pump for the loan.</source>
      <translation>Skann minst én pumpe til lånet.</translation>
    </message>
    <message>
      <source>'{udi}' is not a GS1 UDI with GTIN (01) and serial (21).</source>
      <translation>'{udi}' er ikke en GS1-UDI med GTIN (01) og serienummer (21).</translation>
    </message>
    <message>
      <source>No pump model '{model}': see the list of models.</source>
      <translation>Pumpemodellen '{model}' finnes ikke: se listen over modeller.</translation>
    </message>
    <message>
      <source>{registration} is already registered; scan it to see its state.</source>
      <translation>{registration} er allerede registrert; skann den for å se statusen.</translation>
    </message>
    <message>
      <source>That UDI already belongs to pump {registration}.</source>
      <translation>Den UDI-en tilhører allerede pumpe {registration}.</translation>
    </message>
    <message>
      <source>'{reason}' is not a service reason: repair or maintenance.</source>
      <translation>'{reason}' er ikke en serviceårsak: reparasjon eller vedlikehold.</translation>
    </message>
    <message>
      <source>{registration} was scanned twice into this loan.</source>
      <translation>{registration} ble skannet to ganger i dette lånet.</translation>
    </message>
    <message>
      <source>'{state}' is not a state: {states}.</source>
      <translation>'{state}' er ikke en status: {states}.</translation>
    </message>
    <message>
      <source>A care unit needs a name.</source>
      <translation>En enhet må ha et navn.</translation>
    </message>
    <message>
      <source>'{value}' is not a {what}: choose one of {options}.</source>
      <translation>'{value}' er ikke gyldig som {what}: velg en av {options}.</translation>
    </message>
    <message>
      <source>No patient {patient} in the register: nothing to convert.</source>
      <translation type="vanished">Pasienten {patient} finnes ikke i registeret: ingenting å konvertere.</translation>
    </message>
    <message>
      <source>Type at least two characters to search.</source>
      <translation>Skriv minst to tegn for å søke.</translation>
    </message>
    <message>
      <source>No loan '{reference}': give a loan number, or scan a pump that is on loan.</source>
      <translation>Lånet '{reference}' finnes ikke: oppgi et lånenummer, eller skann en pumpe som er utlånt.</translation>
    </message>
    <message>
      <source>Name at least one pump for the packing slip.</source>
      <translation>Oppgi minst én pumpe for pakkseddelen.</translation>
    </message>
    <message>
      <source>'{country}' is not a depot country: SE or NO.</source>
      <translation>'{country}' er ikke et land for en utlånssentral: SE eller NO.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) cannot hold a buffer stock: only hospital in- and outpatient units may, not primary care units or municipalities.</source>
      <translation>{unit_name} ({unit}) kan ikke ha bufferlager: det kan bare sykehusenes døgn- og poliklinikkenheter, ikke primærhelsetjenesten eller kommuner.</translation>
    </message>
    <message>
      <source>A buffer stock target is a number of pumps from 0 to {most}.</source>
      <translation>Et mål for bufferlageret er et antall pumper fra 0 til {most}.</translation>
    </message>
    <message>
      <source>A request for a larger stock needs who asks and why.</source>
      <translation>En forespørsel om større lager trenger hvem som spør og hvorfor.</translation>
    </message>
    <message>
      <source>There is no pending request '{request}'.</source>
      <translation>Det finnes ingen ventende forespørsel '{request}'.</translation>
    </message>
    <message>
      <source>{registration} was already registered at the central database (model {model}).</source>
      <translation>{registration} var allerede registrert i den sentrale databasen (modell {model}).</translation>
    </message>
    <message>
      <source>{registration} is not registered at the central database.</source>
      <translation>{registration} er ikke registrert i den sentrale databasen.</translation>
    </message>
    <message>
      <source>Could not {verb} {registration} centrally: it was already {state} there.</source>
      <translation>Kunne ikke {verb} {registration} sentralt: den var allerede {state} der.</translation>
    </message>
    <message>
      <source>Could not {verb} {registration} centrally: its loan there had changed meanwhile.</source>
      <translation>Kunne ikke {verb} {registration} sentralt: lånet der var endret i mellomtiden.</translation>
    </message>
    <message>
      <source>Could not {verb} {registration} centrally: a fault was reported on it meanwhile.</source>
      <translation>Kunne ikke {verb} {registration} sentralt: en feil ble meldt på den i mellomtiden.</translation>
    </message>
    <message>
      <source>The central database at {url} is reachable but has no PumpDesk schema yet: run 'pumpdesk central init' once.</source>
      <translation>Den sentrale databasen på {url} svarer, men mangler PumpDesk-skjemaet: kjør 'pumpdesk central init' én gang.</translation>
    </message>
    <message>
      <source>Write what was done about the conflict, for the other counters.</source>
      <translation>Skriv hva som ble gjort med konflikten, for de andre skrankene.</translation>
    </message>
    <message>
      <source>Cannot reach the central database at {url}: {why}</source>
      <translation>Får ikke kontakt med den sentrale databasen på {url}: {why}</translation>
    </message>
    <message>
      <source>'{url}' is not a usable database address: {why}</source>
      <translation type="vanished">'{url}' er ingen brukbar databaseadresse: {why}</translation>
    </message>
    <message>
      <source>No such sync conflict.</source>
      <translation>Det finnes ingen slik synkkonflikt.</translation>
    </message>
    <message>
      <source>{actor} already resolved this conflict: {note}</source>
      <translation>{actor} har allerede løst denne konflikten: {note}</translation>
    </message>
    <message>
      <source>The country must be Sweden or Norway.</source>
      <translation>Landet må være Sverige eller Norge.</translation>
    </message>
    <message>
      <source>There is no password store on this computer ({why}): use a client certificate or libpq's password file instead.</source>
      <translation>Datamaskinen har ikke noe passordlager ({why}): bruk et klientsertifikat eller libpqs passordfil i stedet.</translation>
    </message>
    <message>
      <source>A {kind} is not used at a depot in {country}: check the number, or register the person with an identity this depot uses.</source>
      <translation>Identiteten {kind} brukes ikke ved en utlånssentral i {country}: kontroller nummeret, eller registrer personen med en identitet som utlånssentralen bruker.</translation>
    </message>
    <message>
      <source>'{language}' is not a printout language: sv, nb or en.</source>
      <translation>'{language}' er ikke et utskriftsspråk: sv, nb eller en.</translation>
    </message>
    <message>
      <source>The prescription {approval} was already used for loan {loan}: a prescription for a protected identity is good for one withdrawal only. A new prescription is needed.</source>
      <translation>Forskrivningen {approval} er allerede brukt til lån {loan}: en forskrivning til en person med beskyttet identitet gjelder for ett uttak. En ny forskrivning trengs.</translation>
    </message>
    <message>
      <source>A loan must be started in specialist care: {unit_name} ({unit}) is neither a specialist-care unit nor a unit with an agreement with the health region. The GP or nursing-home doctor must contact the patient's specialist, who requests the pump.</source>
      <translation>Et utlån skal være igangsatt i spesialisthelsetjenesten: {unit_name} ({unit}) er verken en enhet i spesialisthelsetjenesten eller en enhet med avtale med helseregionen. Fastlegen eller sykehjemslegen må kontakte pasientens lege i spesialisthelsetjenesten, som rekvirerer pumpen.</translation>
    </message>
    <message>
      <source>'{gtin}' is not a GTIN: its check digit is wrong (it should end in {digit}); check the number on the label.</source>
      <translation>'{gtin}' er ikke et GTIN: kontrollsifferet er feil (det skulle slutte på {digit}); kontroller nummeret på etiketten.</translation>
    </message>
    <message>
      <source>The UDI's GTIN {gtin} is not one of model {model}'s GTINs ({known}): check the model, or add the GTIN to the model first.</source>
      <translation>UDI-ens GTIN {gtin} er ikke et av modell {model}s GTIN ({known}): kontroller modellen, eller legg først GTIN-et til modellen.</translation>
    </message>
    <message>
      <source>Care responsibility for {registration} cannot move to {unit_name} ({unit}): it is billed for asylum seekers and people without permits, but it is not a care unit. Give the unit that takes over the care.</source>
      <translation>Behandlingsansvaret for {registration} kan ikke flyttes til {unit_name} ({unit}): den faktureres for asylsøkere og personer uten tillatelse, men er ikke en behandlende enhet. Oppgi enheten som overtar behandlingen.</translation>
    </message>
    <message>
      <source>'{text}' is a manufacturer's UDI (GTIN {gtin}, serial {serial}), not a registration number: give the number on the depot's own label.</source>
      <translation>'{text}' er en produsents UDI (GTIN {gtin}, serienummer {serial}), ikke et registreringsnummer: oppgi nummeret på BHMs egen etikett.</translation>
    </message>
    <message>
      <source>A request for a larger stock must ask for more than the current target of {unit_name} ({unit}) for {model}, which is {current}: to keep or lower it, change the target instead.</source>
      <translation>En søknad om større lager må gjelde flere enn dagens nivå for {unit_name} ({unit}) for {model}, som er {current}: for å beholde eller senke den, endre nivået i stedet.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) cannot become a {kind}: it holds a buffer stock ({targets} model target(s), {pumps} pump(s) in stock), and only hospital units may. End its targets (set them to 0) and take its pumps back first.</source>
      <translation>{unit_name} ({unit}) kan ikke bli {kind}: den har et bufferlager ({targets} modellnivå(er), {pumps} pumpe(r) på lager), og bare sykehusenheter kan ha det. Avslutt først nivåene (sett dem til 0) og ta tilbake pumpene.</translation>
    </message>
    <message>
      <source>GTIN {gtin} already belongs to model {model}: a GTIN names one model.</source>
      <translation>GTIN {gtin} hører allerede til modell {model}: et GTIN angir én modell.</translation>
    </message>
    <message>
      <source>Whether loans must start in specialist care is yes, no, or as the country does.</source>
      <translation>Om utlån skal igangsettes i spesialisthelsetjenesten er ja, nei eller slik landet gjør.</translation>
    </message>
    <message>
      <source>A transport loan's time is 1 to 365 days.</source>
      <translation>Et transportlån varer 1 til 365 dager.</translation>
    </message>
    <message>
      <source>{registration} is on its way back to counter {counter}, which lent it: send it there; it is received there.</source>
      <translation>{registration} er på vei tilbake til skranke {counter}, som lånte den ut: send den dit; den tas imot der.</translation>
    </message>
    <message>
      <source>{registration} has {faults} open fault report(s): record what was repaired, or that no fault was found, before it goes back into use.</source>
      <translation>{registration} har {faults} åpne feilmeldinger: registrer hva som ble reparert, eller at ingen feil ble funnet, før den tas i bruk igjen.</translation>
    </message>
    <message>
      <source>Receive {registration} first, then report its fault.</source>
      <translation>Ta først imot {registration}, meld så feilen.</translation>
    </message>
    <message>
      <source>{key} already belongs to another person in the register: {holder}. The person being converted is {person}. If they are the same person, confirm it (--same-person on the command line) and the two records are merged.</source>
      <translation>{key} tilhører allerede en annen person i registeret: {holder}. Personen som konverteres, er {person}. Hvis de er samme person, bekreft det (--same-person på kommandolinjen), så slås de to postene sammen.</translation>
    </message>
    <message>
      <source>No person {identity} in the register.</source>
      <translation>Ingen person {identity} i registeret.</translation>
    </message>
    <message>
      <source>{key} is registered to a person born {registered}, not {typed}: check the LMA card. Registered: {person}.</source>
      <translation>{key} er registrert på en person født {registered}, ikke {typed}: kontroller LMA-kortet. Registrert: {person}.</translation>
    </message>
    <message>
      <source>A protected identity has no record to look up: give an identity number the person has had.</source>
      <translation>En beskyttet identitet har ingen post å slå opp: oppgi et identitetsnummer personen har hatt.</translation>
    </message>
    <message>
      <source>The central database refused this: {why} Run it as the database's administrator (a role that may create roles and schemas).</source>
      <translation type="vanished">Sentraldatabasen avviste dette: {why} Kjør det som databasens administrator (en rolle som kan opprette roller og skjemaer).</translation>
    </message>
    <message>
      <source>'{workstation}' is not a workstation id: capital letters, digits and dashes, at most 16 (for instance KASSA1).</source>
      <translation>'{workstation}' er ikke en arbeidsstasjons-id: store bokstaver, sifre og bindestrek, høyst 16 (for eksempel KASSA1).</translation>
    </message>
    <message>
      <source>Workstation {workstation} is already enrolled: to give it new credentials (a counter that lost its database or password), add it again with --reenroll.</source>
      <translation>Arbeidsstasjonen {workstation} er allerede registrert: for å gi den nye påloggingsopplysninger (en skranke som har mistet databasen eller passordet), legg den til igjen med --reenroll.</translation>
    </message>
    <message>
      <source>No workstation {workstation} is enrolled.</source>
      <translation>Ingen arbeidsstasjon {workstation} er registrert.</translation>
    </message>
    <message>
      <source>Not recorded: workstation {by} handed in an event made in the name of workstation {workstation}.</source>
      <translation>Ikke registrert: arbeidsstasjonen {by} leverte inn en hendelse i arbeidsstasjonen {workstation}s navn.</translation>
    </message>
    <message>
      <source>The maintenance interval must be a whole number of days from 1 to {limit}.</source>
      <translation>Vedlikeholdsintervallet må være et helt antall dager fra 1 til {limit}.</translation>
    </message>
    <message>
      <source>{what} holds a character that is not readable text (a broken character, or bytes that are not UTF-8): type it again.</source>
      <translation>{what} inneholder et tegn som ikke er lesbar tekst (et ødelagt tegn, eller byte som ikke er UTF-8): skriv det på nytt.</translation>
    </message>
    <message>
      <source>{what} is too long ({length} characters; at most {limit}): check what was typed or pasted.</source>
      <translation>{what} er for lang ({length} tegn; høyst {limit}): kontroller hva som ble skrevet eller limt inn.</translation>
    </message>
    <message>
      <source>The database is busy with another task; nothing was changed. Try again in a moment.</source>
      <translation>Databasen er opptatt med en annen oppgave; ingenting ble endret. Prøv igjen om litt.</translation>
    </message>
    <message>
      <source>Demo data are made for 1 to {most} pumps.</source>
      <translation>Demodata lages for 1 til {most} pumper.</translation>
    </message>
    <message>
      <source>Demo data are made for Sweden (SE) or Norway (NO).</source>
      <translation>Demodata finnes for Sverige (SE) eller Norge (NO).</translation>
    </message>
    <message>
      <source>This database already holds pumps; demo data go into a new one: choose another file with --db.</source>
      <translation>Databasen inneholder allerede pumper; demodata legges i en ny: velg en annen fil med --db.</translation>
    </message>
    <message>
      <source>PumpDesk met an error it did not expect ({kind}) and could not finish. Try again; if it happens again, tell your support, who will find the details in {log}.</source>
      <translation>PumpDesk møtte en uventet feil ({kind}) og kunne ikke fullføre. Prøv igjen; skjer det igjen, kontakt brukerstøtten, som finner detaljene i {log}.</translation>
    </message>
    <message>
      <source>The PumpDesk window cannot start here ({why}). Ask your support to install what it needs; the commands work meanwhile (pumpdesk --help).</source>
      <translation>PumpDesk-vinduet kan ikke starte her ({why}). Be brukerstøtten installere det som trengs; kommandoene virker i mellomtiden (pumpdesk --help).</translation>
    </message>
    <message>
      <source>The disk that holds {file} is full, so PumpDesk could not write it. Free some space on it (or ask your support to), then try again.</source>
      <translation>Disken der {file} ligger er full, så PumpDesk kunne ikke skrive den. Frigjør plass på den (eller be brukerstøtten gjøre det), og prøv igjen.</translation>
    </message>
    <message>
      <source>PumpDesk may not write to its database {file} (the file or its folder is read-only): nothing was changed. Ask your support for write access to both, or choose another database with --db.</source>
      <translation>PumpDesk får ikke skrive til databasen sin {file} (filen eller mappen er skrivebeskyttet): ingenting ble endret. Be brukerstøtten om skrivetilgang til begge, eller velg en annen database med --db.</translation>
    </message>
    <message>
      <source>PumpDesk cannot open or make its database {file}: that place does not take a database file. Choose a file in a folder of your own with --db (or $PUMPDESK_DB).</source>
      <translation>PumpDesk kan ikke åpne eller lage databasen sin {file}: der kan det ikke ligge en databasefil. Velg en fil i en egen mappe med --db (eller $PUMPDESK_DB).</translation>
    </message>
    <message>
      <source>PumpDesk could not use {file}: {why}. Check the name and that it may be written there, then try again.</source>
      <translation>PumpDesk kunne ikke bruke {file}: {why}. Kontroller navnet og at det kan skrives der, og prøv igjen.</translation>
    </message>
    <message>
      <source>The central database answered with an error: {why}. Check the address and the role, or ask its administrator.</source>
      <translation>Den sentrale databasen svarte med en feil: {why}. Kontroller adressen og rollen, eller spør administratoren.</translation>
    </message>
    <message>
      <source>PumpDesk met an error it did not expect ({kind}) and could not finish. Try again; if it happens again, tell your support, who can see the details by running the command with --debug.</source>
      <translation>PumpDesk møtte en uventet feil ({kind}) og kunne ikke fullføre. Prøv igjen; skjer det igjen, kontakt brukerstøtten, som ser detaljene ved å kjøre kommandoen med --debug.</translation>
    </message>
    <message>
      <source>Something typed holds a character that is not readable text (a broken character, or bytes that are not UTF-8); nothing was changed. Type it again.</source>
      <translation>Noe av det som ble skrevet inneholder et tegn som ikke er lesbar tekst (et ødelagt tegn, eller byte som ikke er UTF-8); ingenting ble endret. Skriv det på nytt.</translation>
    </message>
    <message>
      <source>A number given is far too large; nothing was changed. Check the numbers and try again.</source>
      <translation>Et oppgitt tall er altfor stort; ingenting ble endret. Kontroller tallene og prøv igjen.</translation>
    </message>
    <message>
      <source>The disk that holds the database {file} is full: nothing was changed. Free some space on it (or ask your support to), then try again.</source>
      <translation>Disken der databasen {file} ligger er full: ingenting ble endret. Frigjør plass på den (eller be brukerstøtten gjøre det), og prøv igjen.</translation>
    </message>
    <message>
      <source>The database {file} was made by a newer version of PumpDesk (schema {revision}): install that version here, or open another database with --db.</source>
      <translation>Databasen {file} ble laget av en nyere versjon av PumpDesk (skjema {revision}): installer den versjonen her, eller åpne en annen database med --db.</translation>
    </message>
    <message>
      <source>PumpDesk could not read or write its database {file} (a disk error): nothing was changed. Check that the disk is there and working, then try again.</source>
      <translation>PumpDesk kunne ikke lese eller skrive databasen sin {file} (en diskfeil): ingenting ble endret. Kontroller at disken er der og virker, og prøv igjen.</translation>
    </message>
    <message>
      <source>{file} is not a PumpDesk database (it is some other kind of file): check the name, or choose another file with --db.</source>
      <translation>{file} er ikke en PumpDesk-database (det er en annen type fil): kontroller navnet, eller velg en annen fil med --db.</translation>
    </message>
    <message>
      <source>The database {file} is damaged: nothing was changed. Keep the file as it is and ask your support to restore it from its backup.</source>
      <translation>Databasen {file} er skadet: ingenting ble endret. La filen være som den er, og be brukerstøtten gjenopprette den fra sikkerhetskopien.</translation>
    </message>
    <message>
      <source>The computer ran out of memory: nothing was changed. Close other programs and try again.</source>
      <translation>Datamaskinen gikk tom for minne: ingenting ble endret. Lukk andre programmer og prøv igjen.</translation>
    </message>
    <message>
      <source>{file} is a folder, not a database file: give the file's name with --db, e.g. {example}.</source>
      <translation>{file} er en mappe, ikke en databasefil: oppgi filens navn med --db, f.eks. {example}.</translation>
    </message>
    <message>
      <source>The central database cannot be reached: {why}. Check the network and the address, then try again; this workstation works on alone meanwhile.</source>
      <translation>Den sentrale databasen kan ikke nås: {why}. Kontroller nettverket og adressen, og prøv igjen; arbeidsstasjonen jobber videre alene så lenge.</translation>
    </message>
    <message>
      <source>The central database is not ready for this PumpDesk: {why}.</source>
      <translation>Den sentrale databasen er ikke klar for denne PumpDesk: {why}.</translation>
    </message>
    <message>
      <source>The central database refused: {why}. Ask its administrator to run this as the role that owns PumpDesk's schema, or to grant this role what it needs.</source>
      <translation>Den sentrale databasen nektet: {why}. Be administratoren kjøre dette som rollen som eier PumpDesks skjema, eller gi denne rollen det den trenger.</translation>
    </message>
    <message>
      <source>The central database address is not usable ({why}): write it as postgresql://USER@HOST/DATABASE?sslmode=verify-full.</source>
      <translation>Adressen til den sentrale databasen kan ikke brukes ({why}): skriv den som postgresql://BRUKER@VERT/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
      <source>--overdue lists loans: pumpdesk list loans --overdue.</source>
      <translation>--overdue lister lån: pumpdesk list loans --overdue.</translation>
    </message>
    <message>
      <source>A packing slip needs the unit: --unit CUSTNO.</source>
      <translation>En pakkseddel trenger enheten: --unit KUNDENR.</translation>
    </message>
    <message>
      <source>Name one loan or pump to print.</source>
      <translation>Oppgi ett lån eller én pumpe som skal skrives ut.</translation>
    </message>
    <message>
      <source>'{text}' is not a date: YYYY-MM-DD.</source>
      <translation>'{text}' er ikke en dato: ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
      <source>PumpDesk cannot write its log {log} ({why}), so it logs to {used} instead. Ask your support to let it write there.</source>
      <translation>PumpDesk kan ikke skrive loggen sin {log} ({why}), så den logger til {used} i stedet. Be brukerstøtten sørge for at den får skrive der.</translation>
    </message>
    <message>
      <source>PumpDesk cannot write its log {log} ({why}), nor one anywhere else: it works on without a log. Ask your support to let it write there.</source>
      <translation>PumpDesk kan ikke skrive loggen sin {log} ({why}), og heller ikke noe annet sted: den jobber videre uten logg. Be brukerstøtten sørge for at den får skrive der.</translation>
    </message>
    <message>
      <source>No central database is set: give --central URL, or set it in the settings.</source>
      <translation>Ingen sentral database er angitt: oppgi --central URL, eller velg den i innstillingene.</translation>
    </message>
    <message>
      <source>There is no terminal here to type the password at: run 'pumpdesk central login' in a terminal, or give the password in $PUMPDESK_CENTRAL_PASSWORD.</source>
      <translation>Her er det ingen terminal å skrive passordet i: kjør 'pumpdesk central login' i en terminal, eller oppgi passordet i $PUMPDESK_CENTRAL_PASSWORD.</translation>
    </message>
    <message>
      <source>No password was typed; nothing was kept.</source>
      <translation>Ingen passord ble skrevet; ingenting ble lagret.</translation>
    </message>
    <message>
      <source>Sync did not finish: {error}</source>
      <translation>Synkroniseringen ble ikke fullført: {error}</translation>
    </message>
    <message>
      <source>Name the workstation: pumpdesk central add-workstation ID.</source>
      <translation>Oppgi arbeidsstasjonen: pumpdesk central add-workstation ID.</translation>
    </message>
    <message>
      <source>Name the workstation: pumpdesk central remove-workstation ID.</source>
      <translation>Oppgi arbeidsstasjonen: pumpdesk central remove-workstation ID.</translation>
    </message>
    <message>
      <source>There is no screen here for the PumpDesk window (no DISPLAY or WAYLAND_DISPLAY): start it on the desktop, or use the commands (pumpdesk --help).</source>
      <translation>Her er det ingen skjerm for PumpDesk-vinduet (ingen DISPLAY eller WAYLAND_DISPLAY): start det fra skrivebordet, eller bruk kommandoene (pumpdesk --help).</translation>
    </message>
    <message>
      <source>The central database refused: {why}. Ask its administrator to run this as a role that may create roles and schemas.</source>
      <translation>Sentraldatabasen nektet: {why}. Be administratoren kjøre dette som en rolle som kan opprette roller og skjemaer.</translation>
    </message>
    <message>
      <source>The connection is encrypted, but the server's name is not verified (sslmode={mode}): another machine could pose as it. Use sslmode=verify-full.</source>
      <translation>Tilkoblingen er kryptert, men serverens navn kontrolleres ikke (sslmode={mode}): en annen maskin kan utgi seg for å være den. Bruk sslmode=verify-full.</translation>
    </message>
    <message>
      <source>The connection is not encrypted (sslmode={mode}): passwords and patients' data cross the network in plain text. Use sslmode=verify-full.</source>
      <translation>Tilkoblingen er ikke kryptert (sslmode={mode}): passord og pasientopplysninger går ukryptert over nettverket. Bruk sslmode=verify-full.</translation>
    </message>
    <message>
      <source>This computer's clock is {minutes} minutes off the central server's ({direction}): events get wrong times. Ask your technician to set it.</source>
      <translation>Maskinens klokke går {minutes} minutter feil mot den sentrale serverens ({direction}): hendelser får feil tid. Be teknikeren stille den.</translation>
    </message>
    <message>
      <source>Loan number {number} already names another loan in the region (a database restored from a backup, or a copy, gives numbers again): this loan was not made centrally.</source>
      <translation>Lånenummer {number} brukes allerede av et annet lån i regionen (en database som er gjenopprettet fra sikkerhetskopi, eller en kopi, deler ut numre på nytt): lånet ble ikke registrert sentralt.</translation>
    </message>
    <message>
      <source>This event of the central log could not be applied at this counter ({why}). It was set aside so that sync goes on; this counter's lists may differ from the others' for this pump until a person looks at it.</source>
      <translation>Hendelsen i den sentrale loggen kunne ikke brukes ved denne skranken ({why}). Den ble lagt til side slik at synkroniseringen kan fortsette; denne skrankens lister kan avvike fra de andres for pumpen til noen har sett på det.</translation>
    </message>
    <message>
      <source>This database belongs to workstation {stored}, not {asked}: use --workstation {stored} (or that setting), or another database (--db) for {asked}.</source>
      <translation>Databasen tilhører arbeidsstasjon {stored}, ikke {asked}: bruk --workstation {stored} (eller den innstillingen), eller en annen database (--db) for {asked}.</translation>
    </message>
    <message>
      <source>The replenishment for {day} was already run at {workstation} by {actor} ({time}): nothing was sent. Its packing slips can be printed again from the past runs.</source>
      <translation>Påfyllingen for {day} er allerede kjørt ved {workstation} av {actor} ({time}): ingenting ble sendt. Pakksedlene kan skrives ut igjen fra tidligere kjøringer.</translation>
    </message>
    <message>
      <source>The replenishment for {day} is dispatched only with the central judge's claim on the day, and the judge did not answer: nothing was sent. Try again in a moment.</source>
      <translation>Påfyllingen for {day} sendes bare når den sentrale dommeren har gitt dagen til denne skranken, og dommeren svarte ikke: ingenting ble sendt. Prøv igjen om litt.</translation>
    </message>
    <message>
      <source>The replenishment for {day} is dispatched only with the central database's claim on the day, and it cannot be reached ({why}): plan now, and dispatch when this counter is online.</source>
      <translation>Påfyllingen for {day} sendes bare når den sentrale databasen har gitt dagen til denne skranken, og den kan ikke nås ({why}): planlegg nå og send når skranken er tilkoblet.</translation>
    </message>
    <message>
      <source>'{text}' is not a product area code: use lower-case letters, digits and _.</source>
      <translation>'{text}' er ikke en kode for et produktområde: bruk små bokstaver, sifre og _.</translation>
    </message>
    <message>
      <source>A prescriber needs a name.</source>
      <translation>En forskriver må ha et navn.</translation>
    </message>
    <message>
      <source>'{area}' is not a product area: see pumpdesk list areas.</source>
      <translation>'{area}' er ikke et produktområde: se pumpdesk list areas.</translation>
    </message>
    <message>
      <source>'{email}' is not an e-mail address.</source>
      <translation>'{email}' er ikke en e-postadresse.</translation>
    </message>
    <message>
      <source>{prescriber} is no longer active in the prescriber register.</source>
      <translation>{prescriber} er ikke lenger aktiv i forskriverregisteret.</translation>
    </message>
    <message>
      <source>{prescriber} is a Beställare: a Beställare may order, but never prescribe. A prescription needs a Förskrivare or a Läkare.</source>
      <translation>{prescriber} er bestiller: en bestiller kan bestille, men aldri forskrive. En rekvisisjon trenger en forskriver eller en lege.</translation>
    </message>
    <message>
      <source>{prescriber} is not registered to prescribe for {unit_name} ({unit}): choose a prescriber of that unit, or ask an administrator to add the unit to the prescriber.</source>
      <translation>{prescriber} er ikke registrert for å forskrive for {unit_name} ({unit}): velg en forskriver ved den enheten, eller be en administrator legge enheten til forskriveren.</translation>
    </message>
    <message>
      <source>The treatment must be started in specialist care by a doctor: {prescriber} is not a Läkare.</source>
      <translation>Behandlingen må startes i spesialisthelsetjenesten av en lege: {prescriber} er ikke lege.</translation>
    </message>
    <message>
      <source>{prescriber} may not prescribe in the product area {area}: choose a prescriber with that area, or a Läkare.</source>
      <translation>{prescriber} kan ikke forskrive innenfor produktområdet {area}: velg en forskriver med det området, eller en lege.</translation>
    </message>
    <message>
      <source>Sign in first: scan your staff card, or choose your name and type your PIN (on the command line: --staff NUMBER).</source>
      <translation>Logg inn først: skann ansattkortet ditt, eller velg navnet ditt og skriv PIN-koden (på kommandolinjen: --staff NUMMER).</translation>
    </message>
    <message>
      <source>No staff member has number {number}: check the number, or ask an administrator to add you.</source>
      <translation>Ingen ansatte har nummer {number}: kontroller nummeret, eller be en administrator om å legge deg til.</translation>
    </message>
    <message>
      <source>{name} ({number}) is no longer active in the staff register: ask an administrator.</source>
      <translation>{name} ({number}) er ikke lenger aktiv i ansattregisteret: spør en administrator.</translation>
    </message>
    <message>
      <source>{name} may not do this ({action}): it needs the {role} role. Ask an administrator, or let someone with that role sign in.</source>
      <translation>{name} har ikke lov til dette ({action}): det krever rollen {role}. Spør en administrator, eller la noen med den rollen logge inn.</translation>
    </message>
    <message>
      <source>'{text}' cannot be a staff number: use 1–32 letters, digits, . _ or -.</source>
      <translation>'{text}' kan ikke være et ansattnummer: bruk 1–32 bokstaver, sifre, . _ eller -.</translation>
    </message>
    <message>
      <source>A PIN is 4 to 12 digits.</source>
      <translation>En PIN-kode har 4 til 12 sifre.</translation>
    </message>
    <message>
      <source>A staff member needs at least one role: counter, technician or administrator.</source>
      <translation>En ansatt trenger minst én rolle: skranke, tekniker eller administrator.</translation>
    </message>
    <message>
      <source>The scheduled jobs' account may only run the replenishment: give --staff NUMBER.</source>
      <translation>Kontoen for planlagte jobber kan bare kjøre påfyllingen: oppgi --staff NUMMER.</translation>
    </message>
    <message>
      <source>'{role}' is not a role: choose counter, technician or administrator.</source>
      <translation>'{role}' er ingen rolle: velg counter (skranke), technician (tekniker) eller administrator.</translation>
    </message>
    <message>
      <source>A product area needs a name.</source>
      <translation>Et produktområde må ha et navn.</translation>
    </message>
    <message>
      <source>{count} prescribers are called {name}: give the id ({ids}).</source>
      <translation>{count} forskrivere heter {name}: oppgi id ({ids}).</translation>
    </message>
    <message>
      <source>A loan needs its prescriber: give a prescriber who may prescribe for {unit_name} ({unit}).</source>
      <translation>Et utlån trenger sin forskriver: oppgi en forskriver som kan forskrive for {unit_name} ({unit}).</translation>
    </message>
    <message>
      <source>No prescriber '{text}' is in the prescriber register: choose one from the list, or ask an administrator to add them.</source>
      <translation>Ingen forskriver '{text}' finnes i forskriverregisteret: velg en fra listen, eller be en administrator legge vedkommende til.</translation>
    </message>
    <message>
      <source>'{role}' is not a prescriber role: forskrivare, bestallare or lakare.</source>
      <translation>'{role}' er ingen forskriverrolle: forskrivare, bestallare eller lakare.</translation>
    </message>
    <message>
      <source>{number} has no card code yet: give them a new card first.</source>
      <translation>{number} har ingen kortkode ennå: gi vedkommende et nytt kort først.</translation>
    </message>
    <message>
      <source>'{value}' is not a product area: choose one of {options}.</source>
      <translation>'{value}' er ikke et produktområde: velg et av {options}.</translation>
    </message>
    <message>
      <source>A staff member needs a name.</source>
      <translation>En ansatt må ha et navn.</translation>
    </message>
    <message>
      <source>'{code}' is not a staff card.</source>
      <translation>'{code}' er ikke et ansattkort.</translation>
    </message>
    <message>
      <source>This staff card is not (or no longer) in the staff register: use your new card, or ask an administrator.</source>
      <translation>Dette ansattkortet finnes ikke (lenger) i ansattregisteret: bruk det nye kortet ditt, eller spør en administrator.</translation>
    </message>
    <message>
      <source>The name and PIN do not match: type the PIN again, or scan your card.</source>
      <translation>Navnet og PIN-koden stemmer ikke: skriv PIN-koden på nytt, eller skann kortet ditt.</translation>
    </message>
    <message>
      <source>{name} may not {action}: it needs the {role} role. Ask an administrator, or let someone with that role sign in.</source>
      <translation>{name} har ikke lov til å {action}: det krever rollen {role}. Spør en administrator, eller la noen med den rollen logge inn.</translation>
    </message>
    <message>
      <source>Staff number {number} is taken already: change that staff member instead (pumpdesk staff change).</source>
      <translation>Ansattnummer {number} er allerede i bruk: endre den ansatte i stedet (pumpdesk staff change).</translation>
    </message>
    <message>
      <source>The register has no administrator yet: the first staff member must hold the administrator role (--role administrator).</source>
      <translation>Registeret har ingen administrator ennå: den første ansatte må ha rollen administrator (--role administrator).</translation>
    </message>
    <message>
      <source>No PIN was given: type it when asked, or pipe it in on one line.</source>
      <translation>Ingen PIN-kode ble oppgitt: skriv den når du blir spurt, eller send den inn på én linje.</translation>
    </message>
    <message>
      <source>The PumpDesk window cannot start here: Qt's display plugin '{platform}' needs system libraries that are not installed or cannot be loaded: {libraries}. Ask your support to install them (on Debian or Ubuntu, for instance: {packages}); the commands work meanwhile (pumpdesk --help).</source>
      <translation>PumpDesk-vinduet kan ikke starte her: Qts skjermtillegg '{platform}' trenger systembiblioteker som ikke er installert eller ikke kan lastes inn: {libraries}. Be brukerstøtten installere dem (på Debian eller Ubuntu for eksempel: {packages}); kommandoene virker i mellomtiden (pumpdesk --help).</translation>
    </message>
    <message>
      <source>Not recorded: two databases are working as workstation {workstation} (a copy, or a restored backup beside the original), and this event comes from the one the other has taken over from. Keep one: close PumpDesk on the other computer and have the workstation re-enrolled.</source>
      <translation>Ikke registrert: to databaser arbeider som arbeidsstasjon {workstation} (en kopi, eller en gjenopprettet sikkerhetskopi ved siden av originalen), og denne hendelsen kommer fra den som den andre har tatt over fra. Behold én: lukk PumpDesk på den andre datamaskinen og få arbeidsstasjonen registrert på nytt.</translation>
    </message>
    <message>
      <source>Two databases are working as workstation {workstation} (a copy, or a restored backup beside the original): since {time} the central judge refuses what {which} hands in. Keep one: close PumpDesk on the other computer, then have the workstation re-enrolled ('pumpdesk central add-workstation {workstation} --reenroll') and enroll the one you keep with the new credentials.</source>
      <translation>To databaser arbeider som arbeidsstasjon {workstation} (en kopi, eller en gjenopprettet sikkerhetskopi ved siden av originalen): siden {time} avviser den sentrale dommeren det som {which} leverer inn. Behold én: lukk PumpDesk på den andre datamaskinen, få deretter arbeidsstasjonen registrert på nytt ('pumpdesk central add-workstation {workstation} --reenroll') og koble til den du beholder med den nye påloggingen.</translation>
    </message>
    <message>
      <source>Cannot {verb} {registration}: recall {reference}: {todo} first ({title}).</source>
      <translation>Kan ikke {verb} {registration}: tilbakekalling {reference}: {todo} først ({title}).</translation>
    </message>
    <message>
      <source>'{text}' is not a serial range: give FROM-TO, two serials with the same prefix ending in a number, such as SN1000-SN1999.</source>
      <translation>'{text}' er ikke et serienummerintervall: oppgi FRA-TIL, to serienumre med samme prefiks som slutter på et tall, for eksempel SN1000-SN1999.</translation>
    </message>
    <message>
      <source>The serial range '{text}' runs backwards: give the lower serial first.</source>
      <translation>Serienummerintervallet '{text}' går baklengs: oppgi det laveste serienummeret først.</translation>
    </message>
    <message>
      <source>'{text}' cannot be a recall reference: use the notice's number, 1–40 letters, digits, - . / or _ (such as FSN-2026-014).</source>
      <translation>'{text}' kan ikke være referansen til en tilbakekalling: bruk sikkerhetsmeldingens nummer, 1–40 bokstaver, sifre, - . / eller _ (for eksempel FSN-2026-014).</translation>
    </message>
    <message>
      <source>Give the recall a title: what the notice is about.</source>
      <translation>Gi tilbakekallingen en tittel: hva sikkerhetsmeldingen gjelder.</translation>
    </message>
    <message>
      <source>Say which pumps recall {reference} covers: a model or GTIN, lots, serials or production dates.</source>
      <translation>Angi hvilke pumper tilbakekalling {reference} gjelder: en modell eller GTIN, partier, serienumre eller produksjonsdatoer.</translation>
    </message>
    <message>
      <source>The production dates run backwards: {start} is after {end}.</source>
      <translation>Produksjonsdatoene går baklengs: {start} er etter {end}.</translation>
    </message>
    <message>
      <source>Recall {reference} does not cover {registration}: check the pump.</source>
      <translation>Tilbakekalling {reference} gjelder ikke {registration}: kontroller pumpen.</translation>
    </message>
    <message>
      <source>Recall {reference} is already done for {registration}; nothing to do.</source>
      <translation>Tilbakekalling {reference} er allerede utført for {registration}; ingenting å gjøre.</translation>
    </message>
    <message>
      <source>Say what was done to {registration} for recall {reference}.</source>
      <translation>Angi hva som ble gjort med {registration} for tilbakekalling {reference}.</translation>
    </message>
    <message>
      <source>'{text}' is not a recall action: choose inspect, update, replace or withdraw.</source>
      <translation>'{text}' er ikke et tiltak for en tilbakekalling: velg inspect, update, replace eller withdraw.</translation>
    </message>
    <message>
      <source>No recall has reference {reference}: check the notice's number, or record the recall first.</source>
      <translation>Ingen tilbakekalling har referansen {reference}: kontroller sikkerhetsmeldingens nummer, eller registrer tilbakekallingen først.</translation>
    </message>
    <message>
      <source>'{name}' is neither .csv nor .xlsx: name the file for the format wanted.</source>
      <translation>'{name}' er verken .csv eller .xlsx: gi filen et navn som slutter på formatet du vil ha.</translation>
    </message>
    <message>
      <source>Could not write {path}: {error}. Choose another place.</source>
      <translation>Kunne ikke skrive {path}: {error}. Velg et annet sted.</translation>
    </message>
    <message>
      <source>Could not write into {path}: {error}. Choose another folder.</source>
      <translation>Kunne ikke skrive i {path}: {error}. Velg en annen mappe.</translation>
    </message>
    <message>
      <source>'{text}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>'{text}' er ikke en dato: skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
      <source>Recall {reference} is already recorded: see it with recall show.</source>
      <translation>Tilbakekalling {reference} er allerede registrert: se den med recall show.</translation>
    </message>
    <message>
      <source>{payer} still pays for {count} unit(s): {units}. Give those units another payer first (pumpdesk payer set).</source>
      <translation>{payer} er fortsatt betaler for {count} enhet(er): {units}. Gi disse enhetene en annen betaler først (pumpdesk payer set).</translation>
    </message>
    <message>
      <source>A payer needs a name.</source>
      <translation>En betaler må ha et navn.</translation>
    </message>
    <message>
      <source>A payer needs an invoice address: where are its invoices sent?</source>
      <translation>En betaler må ha en fakturaadresse: hvor skal fakturaene sendes?</translation>
    </message>
    <message>
      <source>{count} payers are called {name}: give the id ({ids}).</source>
      <translation>{count} betalere heter {name}: oppgi id ({ids}).</translation>
    </message>
    <message>
      <source>No payer '{text}' is in the register: see pumpdesk list payers, or add it with pumpdesk payer add.</source>
      <translation>Ingen betaler '{text}' finnes i registeret: se pumpdesk list payers, eller legg den til med pumpdesk payer add.</translation>
    </message>
    <message>
      <source>{payer} is no longer active: choose an active payer, or make it active again first.</source>
      <translation>{payer} er ikke lenger aktiv: velg en aktiv betaler, eller gjør den aktiv igjen først.</translation>
    </message>
    <message>
      <source>No prescriber '{text}' is in the prescriber register: see pumpdesk list prescribers.</source>
      <translation>Ingen forskriver '{text}' finnes i forskriverregisteret: se pumpdesk list prescribers.</translation>
    </message>
    <message>
      <source>Give the period to look back over: the first and the last day (--from YYYY-MM-DD --to YYYY-MM-DD).</source>
      <translation>Oppgi perioden du vil se tilbake over: første og siste dag (--from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
      <source>The period ends ({last}) before it begins ({first}): give the first day first.</source>
      <translation>Perioden slutter ({last}) før den begynner ({first}): oppgi den første dagen først.</translation>
    </message>
    <message>
      <source>{which} '{text}' is not a date: give it as YYYY-MM-DD.</source>
      <translation>{which} '{text}' er ikke en dato: oppgi den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
      <source>Say which pumps to look back over: a model (--model) or a lot (--lot).</source>
      <translation>Oppgi hvilke pumper du vil se tilbake over: en modell (--model) eller et parti (--lot).</translation>
    </message>
    <message>
      <source>The file {path} cannot be written ({why}): choose another place.</source>
      <translation>Filen {path} kan ikke skrives ({why}): velg et annet sted.</translation>
    </message>
    <message>
      <source>No pump model {model} in the register: see pumpdesk list models.</source>
      <translation>Pumpemodellen {model} finnes ikke i registeret: se pumpdesk list models.</translation>
    </message>
    <message>
      <source>Look back over one thing: a pump (PUMP), a person (--person ID), or a model and/or a lot (--model M, --lot L).</source>
      <translation>Se tilbake over én ting om gangen: en pumpe (PUMP), en person (--person ID), eller en modell og/eller et parti (--model M, --lot L).</translation>
    </message>
    <message>
      <source>Say what to count: DEPOT for the depot's own shelves, or a unit's customer number for its buffer stock.</source>
      <translation>Oppgi hva som skal telles: DEPOT for utlånssentralens egne hyller, eller en enhets kundenummer for bufferlageret.</translation>
    </message>
    <message>
      <source>A buffer stock is counted every 1 to 60 months.</source>
      <translation>Et bufferlager telles med 1 til 60 måneders mellomrom.</translation>
    </message>
    <message>
      <source>Count {count} was finished at {time}: start a new count.</source>
      <translation>Varetelling {count} ble avsluttet {time}: start en ny varetelling.</translation>
    </message>
    <message>
      <source>Finish count {count} first: until then a pump not yet scanned is not missing.</source>
      <translation>Avslutt varetelling {count} først: inntil da mangler ikke en pumpe som ennå ikke er skannet.</translation>
    </message>
    <message>
      <source>{registration} is not missing in count {count}: only a pump the count expected and did not find is reported lost from it.</source>
      <translation>{registration} mangler ikke i varetelling {count}: bare en pumpe som varetellingen forventet, men ikke fant, meldes tapt derfra.</translation>
    </message>
    <message>
      <source>{registration} was not found unexpectedly in count {count}.</source>
      <translation>{registration} ble ikke funnet uventet i varetelling {count}.</translation>
    </message>
    <message>
      <source>Cannot report {registration} as lost: the register puts it on the depot's own shelves ({state}) — count the shelves, and report it lost from the finished count if it is missing.</source>
      <translation>Kan ikke melde {registration} tapt: ifølge registeret står den på utlånssentralens egne hyller ({state}) — tell hyllene, og meld den tapt fra den avsluttede varetellingen hvis den mangler.</translation>
    </message>
    <message>
      <source>No count has the number '{text}': see the open counts with 'count list'.</source>
      <translation>Ingen varetelling har nummeret '{text}': se pågående varetellinger med 'count list'.</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) holds no buffer stock to count: only hospital units do.</source>
      <translation>{unit_name} ({unit}) har ikke noe bufferlager å telle: det har bare sykehusenheter.</translation>
    </message>
    <message>
      <source>'{how}' is not a way to resolve a pump found: move or return.</source>
      <translation>'{how}' er ikke en måte å løse en funnet pumpe på: flytt (move) eller lever inn (return).</translation>
    </message>
    <message>
      <source>{place} is being counted already (count {count}): resume that count.</source>
      <translation>{place} telles allerede (varetelling {count}): gjenoppta den varetellingen.</translation>
    </message>
    <message>
      <source>{registration} cannot be moved into {place}: only a pump in another unit's stock moves into a unit's stock; return it instead.</source>
      <translation>{registration} kan ikke flyttes til {place}: bare en pumpe i en annen enhets lager flyttes til en enhets lager; lever den inn i stedet.</translation>
    </message>
    <message>
      <source>The replacement cost must be a whole amount from 0 to {limit}.</source>
      <translation>Erstatningskostnaden må være et helt beløp fra 0 til {limit}.</translation>
    </message>
    <message>
      <source>'{format}' is not a report format: choose one of {options}.</source>
      <translation>'{format}' er ikke et rapportformat: velg ett av {options}.</translation>
    </message>
    <message>
      <source>The period starts ({start}) after it ends ({end}): give the earlier date with --from.</source>
      <translation>Perioden begynner ({start}) etter at den slutter ({end}): oppgi den tidligste datoen med --from.</translation>
    </message>
    <message>
      <source>'{name}' is not a report: choose one of {options}.</source>
      <translation>'{name}' er ikke en rapport: velg en av {options}.</translation>
    </message>
    <message>
      <source>The {name} report is for the whole depot: leave out the unit.</source>
      <translation>Rapporten {name} gjelder hele utlånssentralen: ikke oppgi noen enhet.</translation>
    </message>
    <message>
      <source>No care unit with customer number {unit}.</source>
      <translation>Ingen enhet har kundenummer {unit}.</translation>
    </message>
    <message>
      <source>No label roll '{roll}': the labels are 62x29 or 100x50 (mm).</source>
      <translation>Ingen etikettrull '{roll}': etikettene er 62x29 eller 100x50 (mm).</translation>
    </message>
    <message>
      <source>The address of {number} does not fit a {roll} label: print it on the larger roll, or shorten it.</source>
      <translation>Adressen til {number} får ikke plass på en etikett {roll}: skriv den ut på den største rullen, eller forkort den.</translation>
    </message>
    <message>
      <source>The route has no delivery day in the coming year.</source>
      <translation>Ruten har ingen leveringsdag i året som kommer.</translation>
    </message>
    <message>
      <source>This depot does not offer {mode}.</source>
      <translation>Denne utlånssentralen tilbyr ikke {mode}.</translation>
    </message>
    <message>
      <source>A protected identity's order goes to the prescribing unit, c/o its prescriber: never to a home address or a pickup point in the patient's name.</source>
      <translation>En bestilling for en beskyttet identitet går til den rekvirerende enheten, c/o rekvirenten: aldri til en hjemmeadresse eller et hentested i pasientens navn.</translation>
    </message>
    <message>
      <source>Only stocked products can be delivered urgently or by express.</source>
      <translation>Bare lagerførte produkter kan leveres med haste- eller ekspresslevering.</translation>
    </message>
    <message>
      <source>A phone number of the patient or a contact person is needed for {mode}.</source>
      <translation>Et telefonnummer til pasienten eller en kontaktperson trengs for {mode}.</translation>
    </message>
    <message>
      <source>Products outside the assortment are never delivered urgently or by express.</source>
      <translation>Produkter utenfor sortimentet leveres aldri med haste- eller ekspresslevering.</translation>
    </message>
    <message>
      <source>Leaving an order outside the door needs a delivery address.</source>
      <translation>For å settes utenfor døren trenger leveransen en leveringsadresse.</translation>
    </message>
    <message>
      <source>The delivery is to an apartment building: ask for the door code.</source>
      <translation>Leveransen går til en boligblokk: spør etter portkoden.</translation>
    </message>
    <message>
      <source>The patient's name is not on the door: give the c/o name that is.</source>
      <translation>Pasientens navn står ikke på døren: oppgi c/o-navnet som står der.</translation>
    </message>
    <message>
      <source>Choose the carrier's pickup point.</source>
      <translation>Velg transportørens hentested.</translation>
    </message>
    <message>
      <source>Say how the patient or a contact person is told the parcel has come: SMS, e-mail or letter, and to whom.</source>
      <translation>Oppgi hvordan pasienten eller en kontaktperson varsles om at pakken er kommet: SMS, e-post eller brev, og til hvem.</translation>
    </message>
    <message>
      <source>Urgent delivery to special housing is for one patient only: there is no urgent joint delivery.</source>
      <translation>Hastelevering til omsorgsbolig gjelder bare én pasient: det finnes ingen hastesamlevering.</translation>
    </message>
    <message>
      <source>Express delivery is for nutrition products only.</source>
      <translation>Ekspresslevering gjelder bare ernæringsprodukter.</translation>
    </message>
    <message>
      <source>Only the prescription's prescriber can order express delivery.</source>
      <translation>Bare rekvirenten på forskrivningen kan bestille ekspresslevering.</translation>
    </message>
    <message>
      <source>Joint delivery is to a special-housing unit.</source>
      <translation>Samlevering går til en enhet i en omsorgsbolig.</translation>
    </message>
    <message>
      <source>Nutrition products are never delivered jointly.</source>
      <translation>Ernæringsprodukter samleveres aldri.</translation>
    </message>
    <message>
      <source>A joint delivery is to one customer number: these orders are for {count}.</source>
      <translation>En samlevering går til ett kundenummer: disse bestillingene gjelder {count}.</translation>
    </message>
    <message>
      <source>Joint ordering needs the Sambeställning right for the unit.</source>
      <translation>Felles bestilling krever retten Sambeställning (samlet bestilling) for enheten.</translation>
    </message>
    <message>
      <source>The district or municipality has no delivery days set.</source>
      <translation>Bydelen eller kommunen har ingen leveringsdager satt opp.</translation>
    </message>
    <message>
      <source>No article {article} is in the assortment: see pumpdesk list articles.</source>
      <translation>Ingen artikkel {article} finnes i sortimentet: se pumpdesk list articles.</translation>
    </message>
    <message>
      <source>'{text}' is not an article number: letters, digits, '.' and '-', at most 40.</source>
      <translation>'{text}' er ikke et artikkelnummer: bokstaver, sifre, '.' og '-', høyst 40.</translation>
    </message>
    <message>
      <source>An article needs a name (in Swedish, Norwegian or English).</source>
      <translation>En artikkel trenger et navn (på svensk, norsk eller engelsk).</translation>
    </message>
    <message>
      <source>An article needs its pack, e.g. "14-day pack" or "box of 100".</source>
      <translation>En artikkel trenger sin pakning, f.eks. "14-dagerspakke" eller "eske à 100".</translation>
    </message>
    <message>
      <source>{article} is no longer in the assortment: choose another article.</source>
      <translation>{article} finnes ikke lenger i sortimentet: velg en annen artikkel.</translation>
    </message>
    <message>
      <source>{article} is not supplied by the depot: it comes from the pharmacy on prescription, like medicines, and cannot be ordered here.</source>
      <translation>{article} leveres ikke av utlånssentralen: den kommer fra apoteket på resept, som medikamenter, og kan ikke bestilles her.</translation>
    </message>
    <message>
      <source>A prescription of consumables needs at least one article: --article ART=N.</source>
      <translation>En forskrivning av forbruksmateriell trenger minst én artikkel: --article ART=N.</translation>
    </message>
    <message>
      <source>{days} days is not a period for the quantities (1–366 days).</source>
      <translation>{days} dager er ingen periode for antallene (1–366 dager).</translation>
    </message>
    <message>
      <source>The prescription would end ({valid_to}) before it starts ({valid_from}).</source>
      <translation>Forskrivningen ville slutte ({valid_to}) før den begynner ({valid_from}).</translation>
    </message>
    <message>
      <source>'{supply}' is not a way of supply: stocked, outside or pharmacy.</source>
      <translation>'{supply}' er ingen leveransmåte: stocked (lagerført), outside (utenfor sortimentet) eller pharmacy (apoteket).</translation>
    </message>
    <message>
      <source>'{language}' is not a language an article is named in: sv, nb or en.</source>
      <translation>'{language}' er ikke et språk en artikkel har navn på: sv, nb eller en.</translation>
    </message>
    <message>
      <source>'{item}' is not ARTICLE=QUANTITY.</source>
      <translation>'{item}' er ikke ARTIKKEL=ANTALL.</translation>
    </message>
    <message>
      <source>{quantity} of {article} is not a quantity to prescribe (1–999 per period).</source>
      <translation>{quantity} av {article} er ikke et antall å forskrive (1–999 per periode).</translation>
    </message>
    <message>
      <source>This person has no prescription of consumables: register one first.</source>
      <translation>Personen har ingen forskrivning av forbruksmateriell: registrer en først.</translation>
    </message>
    <message>
      <source>The prescription of consumables is not valid on {day}: it is valid from {valid_from} to {valid_to}.</source>
      <translation>Forskrivningen av forbruksmateriell gjelder ikke {day}: den gjelder fra {valid_from} til {valid_to}.</translation>
    </message>
    <message>
      <source>Name at least one article to order.</source>
      <translation>Angi minst én artikkel å bestille.</translation>
    </message>
    <message>
      <source>The prescription of a protected identity allows one order only, and it has been made.</source>
      <translation>Forskrivningen for en beskyttet identitet tillater bare én bestilling, og den er allerede gjort.</translation>
    </message>
    <message>
      <source>Order {number} is outside the assortment: it is never returnable.</source>
      <translation>Bestilling {number} er utenfor sortimentet: den kan aldri returneres.</translation>
    </message>
    <message>
      <source>Order {number} waits for the prescriber's written justification: add it to register the order.</source>
      <translation>Bestilling {number} venter på forskriverens skriftlige begrunnelse: legg den til for å registrere bestillingen.</translation>
    </message>
    <message>
      <source>Order {number} is {state}: it cannot become {to}.</source>
      <translation>Bestilling {number} har tilstanden {state}: den kan ikke få tilstanden {to}.</translation>
    </message>
    <message>
      <source>Order {number} does not wait for a justification (it is {state}).</source>
      <translation>Bestilling {number} venter ikke på noen begrunnelse (tilstand: {state}).</translation>
    </message>
    <message>
      <source>Write the prescriber's justification for the articles outside the assortment.</source>
      <translation>Skriv forskriverens begrunnelse for artiklene utenfor sortimentet.</translation>
    </message>
    <message>
      <source>Order at least one of {article} (asked: {quantity}).</source>
      <translation>Bestill minst én av {article} (angitt: {quantity}).</translation>
    </message>
    <message>
      <source>{article} is not on this person's prescription of consumables.</source>
      <translation>{article} står ikke på personens forskrivning av forbruksmateriell.</translation>
    </message>
    <message>
      <source>{quantity} of {article} is more than is left this period ({start} to {last}): {left} left.</source>
      <translation>{quantity} av {article} er mer enn det som er igjen denne perioden ({start} til {last}): {left} igjen.</translation>
    </message>
    <message>
      <source>Order {number} is {state}: an order can be cancelled only before it is dispatched.</source>
      <translation>Bestilling {number} har tilstanden {state}: en bestilling kan bare kanselleres før den er sendt.</translation>
    </message>
    <message>
      <source>'{text}' is not an order state: {states}.</source>
      <translation>'{text}' er ingen tilstand for en bestilling: {states}.</translation>
    </message>
    <message>
      <source>Withdrawal number {number} is not of order series {series}, the series of workstation {workstation}: this order was not made centrally.</source>
      <translation>Uttaksnummer {number} hører ikke til bestillingsserie {series}, serien til arbeidsstasjon {workstation}: bestillingen ble ikke gjort sentralt.</translation>
    </message>
    <message>
      <source>Withdrawal number {number} already names another order in the region (a database restored from a backup, or a copy, gives numbers again): this order was not made centrally.</source>
      <translation>Uttaksnummer {number} betegner allerede en annen bestilling i regionen (en database gjenopprettet fra en sikkerhetskopi, eller en kopi, gir numre på nytt): bestillingen ble ikke gjort sentralt.</translation>
    </message>
    <message>
      <source>The prescription {prescription} of a protected identity allows one order only: order {number} was made from it already in the region.</source>
      <translation>Forskrivningen {prescription} for en beskyttet identitet tillater bare én bestilling: bestilling {number} er allerede gjort på den i regionen.</translation>
    </message>
    <message>
      <source>Give the prescribing unit: --unit CUSTNO (the unit the prescription is made for; for a protected identity its recipient).</source>
      <translation>Oppgi forskrivende enhet: --unit KUNDENR (enheten forskrivningen gjøres for; for en beskyttet identitet dens mottaker).</translation>
    </message>
    <message>
      <source>A new article needs its product area and its pack: --area and --pack.</source>
      <translation>En ny artikkel trenger sitt produktområde og sin pakning: --area og --pack.</translation>
    </message>
    <message>
      <source>No order {number}: check the withdrawal number.</source>
      <translation>Ingen bestilling {number}: kontroller uttaksnummeret.</translation>
    </message>
    <message>
      <source>A protected identity is not in the register: give the prescription's number (e.g. KASSA1-K3) instead.</source>
      <translation>En beskyttet identitet finnes ikke i registeret: angi forskrivningens nummer (f.eks. KASSA1-K3) i stedet.</translation>
    </message>
    <message>
      <source>{key} is not in the register: register a prescription of consumables for them first.</source>
      <translation>{key} finnes ikke i registeret: registrer først en forskrivning av forbruksmateriell for personen.</translation>
    </message>
    <message>
      <source>'{mode}' is not a delivery mode.</source>
      <translation type="vanished">'{mode}' er ingen leveringsmåte.</translation>
    </message>
    <message>
      <source>'{text}' is not who ordered: patient, relative, staff or prescriber.</source>
      <translation>'{text}' er ikke hvem som bestilte: patient, relative (pårørende), staff (personale) eller prescriber (forskriver).</translation>
    </message>
    <message>
      <source>All 99 order series of the region are given: workstation {workstation} cannot number orders of consumables.</source>
      <translation>Alle regionens 99 bestillingsserier er delt ut: arbeidsstasjon {workstation} kan ikke nummerere bestillinger av forbruksmateriell.</translation>
    </message>
    <message>
      <source>'{text}' is not a moment: "YYYY-MM-DD HH:MM".</source>
      <translation>'{text}' er ikke et tidspunkt: "ÅÅÅÅ-MM-DD TT:MM".</translation>
    </message>
    <message>
      <source>Name one order to print: its withdrawal number.</source>
      <translation>Oppgi én bestilling å skrive ut: uttaksnummeret.</translation>
    </message>
    <message>
      <source>A depot offers at least one delivery mode.</source>
      <translation>En utlånssentral tilbyr minst én leveringsmåte.</translation>
    </message>
    <message>
      <source>A supplier's lead time is 0 to 365 working days.</source>
      <translation>En leverandørs leveringstid er 0 til 365 arbeidsdager.</translation>
    </message>
    <message>
      <source>'{mode}' is not a delivery mode: {modes}.</source>
      <translation>'{mode}' er ingen leveringsmåte: {modes}.</translation>
    </message>
    <message>
      <source>'{text}' is not a way to notify: sms, email or letter.</source>
      <translation>'{text}' er ingen måte å varsle på: sms, email eller letter.</translation>
    </message>
    <message>
      <source>'{text}' is not a weekday: mon, tue, wed, thu, fri, sat, sun.</source>
      <translation>'{text}' er ingen ukedag: mon, tue, wed, thu, fri, sat, sun.</translation>
    </message>
    <message>
      <source>A joint delivery needs at least one patient's order.</source>
      <translation>En samlevering trenger minst én pasients bestilling.</translation>
    </message>
    <message>
      <source>Each patient has one order in a joint delivery: {person} is named twice.</source>
      <translation>Hver pasient har én bestilling i en samlevering: {person} er oppgitt to ganger.</translation>
    </message>
    <message>
      <source>'{text}' is not a line: PERSON:ART=N[,ART=N].</source>
      <translation>'{text}' er ingen linje: PERSON:ART=N[,ART=N].</translation>
    </message>
    <message>
      <source>Prescription {prescription} was made before the person's personal data became protected, and serves no more orders: register a new prescription for the protected identity (the prescribing unit as recipient).</source>
      <translation>Forskrivning {prescription} ble gjort før personens personopplysninger ble skjermet, og gjelder ikke for flere bestillinger: registrer en ny forskrivning for den skjermede identiteten (med forskrivende enhet som mottaker).</translation>
    </message>
    <message>
      <source>A unit's delivery address needs its street, postcode and town.</source>
      <translation>En enhets leveringsadresse trenger gateadresse, postnummer og poststed.</translation>
    </message>
    <message>
      <source>A protected identity's order goes to the prescribing unit, and the register has no delivery address for {unit}: add it first (pumpdesk unit {number} … --address … --postcode … --town …).</source>
      <translation>En bestilling for en beskyttet identitet går til den rekvirerende enheten, og registeret har ingen leveringsadresse for {unit}: legg den inn først (pumpdesk unit {number} … --address … --postcode … --town …).</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) has no contact person for its buffer stock: a unit that keeps one names who answers for it. Give the unit its contact person first (pumpdesk unit {unit} … --contact NAME).</source>
      <translation>{unit_name} ({unit}) har ingen kontaktperson for bufferlageret sitt: en enhet med lager utpeker en kontaktperson for lagerhåndteringen. Oppgi enhetens kontaktperson først (pumpdesk unit {unit} … --contact NAVN).</translation>
    </message>
    <message>
      <source>{unit_name} ({unit}) keeps a buffer stock, which needs a contact person: name another one instead, or end its targets first.</source>
      <translation>{unit_name} ({unit}) har et bufferlager, som trenger en kontaktperson: oppgi en annen i stedet, eller avslutt først nivåene (sett dem til 0).</translation>
    </message>
  </context>
  <context>
    <name>RegistersDialog</name>
    <message>
      <source>Staff and prescribers</source>
      <translation type="vanished">Ansatte og forskrivere</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="134" />
      <source>Staff, prescribers and payers</source>
      <translation>Ansatte, forskrivere og betalere</translation>
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
      <translation>Navn</translation>
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
      <translation>Kortkode</translation>
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
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="138" />
      <source>Product areas</source>
      <translation>Produktområder</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="138" />
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="146" />
      <source>Payer</source>
      <translation>Betaler</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="146" />
      <source>Invoice address</source>
      <translation>Fakturaadresse</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="147" />
      <source>Reference</source>
      <translation>Referanse</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="147" />
      <source>Pays for</source>
      <translation>Betaler for</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="157" />
      <source>Staff</source>
      <translation>Ansatte</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="158" />
      <source>Prescribers</source>
      <translation>Forskrivere</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="159" />
      <source>Payers</source>
      <translation>Betalere</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="184" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="184" />
      <source>no</source>
      <translation>nei</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="192" />
      <source>every product area</source>
      <translation>alle produktområder</translation>
    </message>
    <message>
      <location filename="../../app/gui/registers.py" line="217" />
      <source>every area</source>
      <translation>alle områder</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="59" />
      <source>Pumps out now</source>
      <translation>Pumper ute nå</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="59" />
      <source>Loans started and ended</source>
      <translation>Lån startet og avsluttet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="60" />
      <source>Lost pumps charged per unit</source>
      <translation>Tapte pumper belastet per enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="61" />
      <source>Faults and time in service</source>
      <translation>Feil og tid på service</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="62" />
      <source>Preventive maintenance done and due</source>
      <translation>Forebyggende vedlikehold utført og forfalt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="63" />
      <source>Replenishment runs and shortages</source>
      <translation>Påfyllingskjøringer og mangler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="64" />
      <source>Stocktake differences</source>
      <translation>Tellingsavvik</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="74" />
      <location filename="../../app/gui/tabs/reports_tab.py" line="129" />
      <source>All units</source>
      <translation>Alle enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="75" />
      <source>&amp;Show</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="78" />
      <source>Save as &amp;CSV …</source>
      <translation>Lagre som &amp;CSV …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="79" />
      <source>Save as &amp;XLSX …</source>
      <translation>Lagre som &amp;XLSX …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="80" />
      <source>Save as &amp;PDF …</source>
      <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="91" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="93" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="95" />
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="97" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="110" />
      <source>Choose a report and its period, then Show or Save</source>
      <translation>Velg en rapport og perioden, deretter Vis eller Lagre</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="115" />
      <source>Reports</source>
      <translation>Rapporter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="118" />
      <source>Scans are taken on the counter's tabs, not here.</source>
      <translation>Skanninger tas imot på skrankens faner, ikke her.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/reports_tab.py" line="150" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>1 linje</numerusform>
        <numerusform>%n linjer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="173" />
      <source>Save the report</source>
      <translation>Lagre rapporten</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="174" />
      <source>Spreadsheet (*.xlsx)</source>
      <translation>Regneark (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="187" />
      <source>Report saved</source>
      <translation>Rapporten er lagret</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/reports_tab.py" line="192" />
      <source>Not done</source>
      <translation>Ikke utført</translation>
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
      <translation>Ber om</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="182" />
      <source>Why</source>
      <translation>Hvorfor</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="182" />
      <source>Asked by</source>
      <translation>Bedt om av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="182" />
      <source>When</source>
      <translation>Når</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="183" />
      <source>Approve</source>
      <translation>Godkjenn</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="185" />
      <source>Reject</source>
      <translation>Avslå</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="193" />
      <source>Requests for a larger stock</source>
      <translation>Forespørsler om større lager</translation>
    </message>
  </context>
  <context>
    <name>ReturnTab</name>
    <message>
      <source>Returns desk (Alt+R)</source>
      <translation type="vanished">Innleveringsskranke (Alt+R)</translation>
    </message>
    <message>
      <source>Cleaning station (Alt+C)</source>
      <translation type="vanished">Rengjøringsstasjon (Alt+C)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="35" />
      <source>&amp;Returns desk</source>
      <translation>&amp;Innleveringsskranke</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="36" />
      <source>&amp;Cleaning station</source>
      <translation>&amp;Rengjøringsstasjon</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="44" />
      <source>Scan a pump, or type its number and press Enter</source>
      <translation>Skann en pumpe, eller skriv nummeret og trykk Enter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="46" />
      <source>Fault noted with the next return (leave empty if none)</source>
      <translation>Feil som noteres ved neste innlevering (la stå tomt hvis ingen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="48" />
      <source>&amp;Fault:</source>
      <translation>&amp;Feil:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="51" />
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="51" />
      <source>Pump</source>
      <translation>Pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="51" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="52" />
      <source>From unit</source>
      <translation>Fra enhet</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="52" />
      <source>Now</source>
      <translation>Nå</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="52" />
      <source>Fault</source>
      <translation>Feil</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="73" />
      <source>Return</source>
      <translation>Innlevering</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="86" />
      <source>Cleaning station: scan a cleaned and checked pump</source>
      <translation>Rengjøringsstasjon: skann en rengjort og kontrollert pumpe</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="87" />
      <source>Returns desk: scan a pump to return it</source>
      <translation>Innleveringsskranke: skann en pumpe for å levere den tilbake</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="109" />
      <source>Returned: {pump} · {model}</source>
      <translation>Levert tilbake: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="112" />
      <source>Received back: {pump} · {model}</source>
      <translation>Mottatt tilbake: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="115" />
      <source>Returned with a fault: {pump} · {model}</source>
      <translation>Levert tilbake med feil: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="117" />
      <source>Was with {holder}</source>
      <translation>Var hos {holder}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="121" />
      <source>since {date}</source>
      <translation>siden {date}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="123" />
      <source>Now: {state}</source>
      <translation>Nå: {state}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="125" />
      <source>Send it back to counter {counter}, which lent it.</source>
      <translation>Send den tilbake til skranke {counter}, som lånte den ut.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="128" />
      <source>Recall {reference}: {pump} · {model}</source>
      <translation>Tilbakekalling {reference}: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="130" />
      <source>Recall {reference}: {todo} before it is lent again.</source>
      <translation>Tilbakekalling {reference}: {todo} før den lånes ut igjen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="140" />
      <source>Cleaned and checked: {pump} · {model}</source>
      <translation>Rengjort og kontrollert: {pump} · {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="142" />
      <source>Ready to be lent again.</source>
      <translation>Klar til å lånes ut igjen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="148" />
      <source>Not cleaned</source>
      <translation>Ikke rengjort</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/return_tab.py" line="148" />
      <source>Not returned</source>
      <translation>Ikke levert tilbake</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/tabs/return_tab.py" line="172" />
      <source>Returned today: %n pump(s)</source>
      <translation>
        <numerusform>Levert tilbake i dag: %n pumpe</numerusform>
        <numerusform>Levert tilbake i dag: %n pumper</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanDesk</name>
    <message>
      <location filename="../../app/gui/scan_desk.py" line="84" />
      <source>Scanned {code} while a dialog is open: it is done when the dialog closes.</source>
      <extracomment>A scan in a message is shown this short at most. Scans made while a dialog was open: (text, when), in scan order.</extracomment>
      <translation>Skannet {code} mens en dialogboks er åpen: det gjøres når dialogboksen lukkes.</translation>
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
      <translation>Skann hva som helst — en pumpes etikett, en UDI, en hvilken som helst strekkode — én eller flere ganger. Det som kommer fram, vises her; ingenting gjøres med det.</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="73" />
      <source>Nothing scanned yet</source>
      <translation>Ingenting skannet ennå</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="76" />
      <source>Text:</source>
      <translation>Tekst:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="77" />
      <source>Symbology prefix:</source>
      <translation>Symbologiprefiks:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="77" />
      <source>Read as:</source>
      <translation>Leses som:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="78" />
      <source>Keys:</source>
      <translation>Taster:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="78" />
      <source>Pauses between keys:</source>
      <translation>Pauser mellom taster:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="79" />
      <source>At the counter:</source>
      <translation>Ved skranken:</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="155" />
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="157" />
      <source>a symbology PumpDesk does not know</source>
      <translation>en symbologi PumpDesk ikke kjenner</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="165" />
      <source>{gaps} ms (longest {longest} ms)</source>
      <translation>{gaps} ms (lengst {longest} ms)</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="168" />
      <source>taken as a scan with the pause set now ({gap} ms)</source>
      <translation>tas som en skanning med pausen som er stilt inn nå ({gap} ms)</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="170" />
      <source>NOT taken as a scan with the pause set now ({gap} ms): the keys would go to the field, as a person's typing.</source>
      <translation>tas IKKE som en skanning med pausen som er stilt inn nå ({gap} ms): tastene ville havnet i feltet, som når en person skriver.</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="180" />
      <source>GS1 UDI: GTIN {gtin}, serial number {serial}</source>
      <translation>GS1-UDI: GTIN {gtin}, serienummer {serial}</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="183" />
      <source>GS1 UDI: GTIN {gtin}; the rest could not be split (no GS separator arrived)</source>
      <translation>GS1-UDI: GTIN {gtin}; resten kunne ikke deles opp (ingen GS-skilletegn kom fram)</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="185" />
      <source>a registration number: {code}</source>
      <translation>et registreringsnummer: {code}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/scanner_test.py" line="188" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n tegn</numerusform>
        <numerusform>%n tegn</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="192" />
      <source>{key} pressed {times}×</source>
      <translation>{key} trykket {times}×</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="195" />
      <source>ended by {key}</source>
      <translation>avsluttet med {key}</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="197" />
      <source>no Enter at the end</source>
      <translation>ingen Enter på slutten</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="199" />
      <source>“{char}” read as GS</source>
      <translation>«{char}» lest som GS</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="207" />
      <source>No scan ended with Enter: set the scanner to send Enter after each code.</source>
      <translation>Ingen skanning sluttet med Enter: still inn skanneren til å sende Enter etter hver kode.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/scanner_test.py" line="211" />
      <source>Suggested pause: {gap} ms — the shortest that takes all %n scan(s) is {needed} ms.</source>
      <translation>
        <numerusform>Foreslått pause: {gap} ms — den korteste som tar imot skanningen, er {needed} ms.</numerusform>
        <numerusform>Foreslått pause: {gap} ms — den korteste som tar imot alle %n skanningene, er {needed} ms.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="215" />
      <source>This scanner pauses as long as a person typing fast: set it to send its keys faster (its inter-character delay), or typing may be taken for scans.</source>
      <translation>Denne skanneren tar like lange pauser som en person som skriver raskt: still den inn til å sende tastene raskere (forsinkelsen mellom tegn), ellers kan det som skrives, bli tatt for skanninger.</translation>
    </message>
    <message>
      <location filename="../../app/gui/scanner_test.py" line="219" />
      <source>Use {gap} ms</source>
      <translation>Bruk {gap} ms</translation>
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
      <translation>Arbeidsstasjonens id (unik i regionen)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="50" />
      <source>Depot name</source>
      <translation>Utlånssentralens navn</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="52" />
      <source>Depot address</source>
      <translation>Utlånssentralens adresse</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="53" />
      <source>Depot phone</source>
      <translation>Utlånssentralens telefon</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="54" />
      <source>Depot e-mail</source>
      <translation>Utlånssentralens e-post</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="56" />
      <source>Opening hours</source>
      <translation>Åpningstid</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="58" />
      <source>Country (calendar and identity numbers)</source>
      <translation>Land (kalender og identitetsnumre)</translation>
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
      <translation>Utlån igangsettes i spesialisthelsetjenesten</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="68" />
      <source>As the country does (required in Norway)</source>
      <translation>Slik landet gjør (krav i Norge)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="69" />
      <source>Required: specialist care or a regional agreement</source>
      <translation>Krav: spesialisthelsetjenesten eller avtale med helseregionen</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="70" />
      <source>Not required</source>
      <translation>Ikke krav</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="73" />
      <source>Prescriber not in the register</source>
      <translation>Forskriver som ikke finnes i registeret</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="74" />
      <source>Refused: must be registered</source>
      <translation>Avvises: må være registrert</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="75" />
      <source>Allowed where none is registered (unverified)</source>
      <translation>Tillatt der ingen er registrert (ikke verifisert)</translation>
    </message>
    <message>
      <source>Refused: the prescriber must be registered</source>
      <translation type="vanished">Avvises: forskriveren må være registrert</translation>
    </message>
    <message>
      <source>Allowed for units no registered prescriber works for, marked unverified</source>
      <translation type="vanished">Tillatt for enheter ingen registrert forskriver arbeider for, merket som ikke bekreftet</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="77" />
      <source>Days a transport loan lasts (default 2)</source>
      <translation>Dager et transportlån varer (standard 2)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="79" />
      <source>This workstation has been set up</source>
      <translation>Arbeidsstasjonen er satt opp</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="82" />
      <source>Receipt printer (80 mm)</source>
      <translation>Kvitteringsskriver (80 mm)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="84" />
      <source>A4 printer (loan forms, packing slips)</source>
      <translation>A4-skriver (utlånsskjemaer, pakksedler)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="86" />
      <source>Label printer (62 × 29 mm)</source>
      <translation>Etikettskriver (62 × 29 mm)</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="88" />
      <source>Print the loan form with every receipt</source>
      <translation>Skriv ut utlånsskjemaet sammen med hver kvittering</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="92" />
      <source>Pause between a scanner's keys, up to</source>
      <translation>Pause mellom en skanners taster, høyst</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="95" />
      <source>Same code again within this is a double read</source>
      <translation>Samme kode igjen innen denne tiden er en dobbeltlesing</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="99" />
      <source>Character the scanner sends for GS</source>
      <translation>Tegn skanneren sender i stedet for GS</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="100" />
      <source>none: GS itself (Ctrl+])</source>
      <translation>ingen: GS selv (Ctrl+])</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="104" />
      <source>Sign out after this long without use</source>
      <translation>Logg ut etter så lang tid uten bruk</translation>
    </message>
    <message>
      <location filename="../../app/gui/settings.py" line="108" />
      <source>Address (PostgreSQL URL)</source>
      <translation>Adresse (PostgreSQL-URL)</translation>
    </message>
    <message>
      <source>Central database (PostgreSQL URL, without password)</source>
      <translation type="vanished">Sentral database (PostgreSQL-adresse, uten passord)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="326" />
      <source>Settings</source>
      <translation>Innstillinger</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="327" />
      <source>Printers and the scanner apply at once; the language and the central database when PumpDesk next starts.</source>
      <translation>Skrivere og skanner gjelder med en gang; språk og sentral database når PumpDesk startes neste gang.</translation>
    </message>
    <message>
      <source>Printers apply at once; the language and the central database when PumpDesk next starts.</source>
      <translation type="vanished">Skrivere gjelder med en gang; språk og sentral database når PumpDesk startes neste gang.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="328" />
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
  </context>
  <context>
    <name>SetupForm</name>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="87" />
      <source>Workstation</source>
      <extracomment>Letters, digits and dashes, as loan numbers carry it ("KASSA1-000042").</extracomment>
      <translation>Arbeidsstasjon</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="87" />
      <source>Depot</source>
      <translation>Utlånssentral</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="88" />
      <source>Central database (optional)</source>
      <translation>Sentral database (valgfritt)</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="89" />
      <source>Printers</source>
      <translation>Skrivere</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="89" />
      <source>Barcode scanner</source>
      <translation>Strekkodeskanner</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="109" />
      <source>kept in the system's password store, never in a file</source>
      <translation>lagres i systemets passordlager, aldri i en fil</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="110" />
      <source>Password</source>
      <translation>Passord</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="111" />
      <source>Test connection</source>
      <translation>Test tilkoblingen</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="124" />
      <source>Test the scanner …</source>
      <translation>Test skanneren …</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="150" />
      <source>(ask when printing)</source>
      <translation>(spør ved utskrift)</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="161" />
      <source>e.g. KASSA1</source>
      <translation>f.eks. KASSE1</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="199" />
      <source>Give this workstation an id: capital letters, digits and dashes, for instance KASSA1.</source>
      <translation>Gi arbeidsstasjonen en id: store bokstaver, sifre og bindestreker, for eksempel KASSE1.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="202" />
      <source>Give the depot's name: it is printed on every document.</source>
      <translation>Oppgi utlånssentralens navn: det skrives ut på alle dokumenter.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="229" />
      <source>No central database: this workstation will work alone.</source>
      <translation>Ingen sentral database: arbeidsstasjonen arbeider alene.</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="233" />
      <source>Connecting …</source>
      <translation>Kobler til …</translation>
    </message>
    <message>
      <location filename="../../app/gui/setup_dialog.py" line="239" />
      <source>Connected: PostgreSQL {version}, PumpDesk schema found.</source>
      <translation>Tilkoblet: PostgreSQL {version}, PumpDesk-skjemaet finnes.</translation>
    </message>
  </context>
  <context>
    <name>SignInBar</name>
    <message>
      <source>Staff and prescribers</source>
      <translation type="vanished">Ansatte og forskrivere</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="168" />
      <source>Registers</source>
      <translation>Registre</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="179" />
      <source>Nobody signed in — scan your staff card</source>
      <translation>Ingen logget inn – skann ansattkortet ditt</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="181" />
      <source>Sign in…</source>
      <translation>Logg inn…</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="183" />
      <source>Signed in: {name}</source>
      <translation>Logget inn: {name}</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="185" />
      <source>Sign out</source>
      <translation>Logg ut</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../app/gui/sign_in.py" line="212" />
      <location filename="../../app/gui/sign_in.py" line="223" />
      <source>Sign in</source>
      <extracomment>A staff card scanned while this is open signs in (``ScanDesk``).</extracomment>
      <translation>Logg inn</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="227" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="228" />
      <source>PIN</source>
      <translation>PIN-kode</translation>
    </message>
    <message>
      <location filename="../../app/gui/sign_in.py" line="230" />
      <source>Scan your staff card, or choose your name and type your PIN.</source>
      <translation>Skann ansattkortet ditt, eller velg navnet ditt og skriv PIN-koden.</translation>
    </message>
  </context>
  <context>
    <name>StockTab</name>
    <message>
      <source>Plan (Alt+P)</source>
      <extracomment>At a counter that syncs, a day's run is dispatched with the central claim on it.</extracomment>
      <translation type="vanished">Planlegg (Alt+P)</translation>
    </message>
    <message>
      <source>Dispatch … (Alt+D)</source>
      <translation type="vanished">Send … (Alt+D)</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="70" />
      <source>&amp;Plan</source>
      <extracomment>At a counter that syncs, a day's run is dispatched with the central claim on it.</extracomment>
      <translation>&amp;Planlegg</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="71" />
      <source>&amp;Dispatch …</source>
      <translation>&amp;Send …</translation>
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
      <translation>På lager</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="77" />
      <source>Short</source>
      <translation>Mangler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="77" />
      <source>With patients</source>
      <translation>Hos pasienter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="80" />
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="80" />
      <source>Sent</source>
      <translation>Sendt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="80" />
      <source>Missing</source>
      <translation>Mangler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="81" />
      <source>Ran at</source>
      <translation>Kjørt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="81" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="82" />
      <source>Double-click a run (or Enter) to print its packing slips again</source>
      <translation>Dobbeltklikk på en kjøring (eller Enter) for å skrive ut pakksedlene igjen</translation>
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
      <translation>Kontroller den og velg så {dispatch} — ingenting sendes før da.</translation>
    </message>
    <message>
      <source>Mo&amp;del:</source>
      <translation type="vanished">Mo&amp;dell:</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="108" />
      <source>Past runs</source>
      <translation>Tidligere kjøringer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="115" />
      <source>&amp;Levels and targets</source>
      <translation>&amp;Nivåer og mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="116" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="117" />
      <source>Past &amp;runs</source>
      <translation>Tidligere &amp;kjøringer</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="118" />
      <location filename="../../app/gui/tabs/stock_tab.py" line="214" />
      <source>Re&amp;quests</source>
      <translation>&amp;Forespørsler</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="124" />
      <source>Plan the next run, check it, then dispatch it</source>
      <translation>Planlegg neste kjøring, kontroller den og send den så</translation>
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
      <translation>Alle enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="168" />
      <source>All models</source>
      <translation>Alle modeller</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="185" />
      <source>Levels: {lines} short by {pumps} pumps</source>
      <translation>Nivåer: {lines} mangler til sammen {pumps} pumper</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="187" />
      <source>Levels: every unit at its target</source>
      <translation>Nivåer: alle enheter har sitt mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="214" />
      <source>Re&amp;quests ({count})</source>
      <translation>&amp;Forespørsler ({count})</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="228" />
      <source>{missing} pumps short: not enough ready pumps.</source>
      <translation>{missing} pumper mangler: for få klare pumper.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="232" />
      <source>Plan for {day}: {pumps} pumps to {units} units</source>
      <translation>Plan for {day}: {pumps} pumper til {units} enheter</translation>
    </message>
    <message>
      <source>Check it, then Dispatch (Alt+D) — nothing is sent until then.</source>
      <translation type="vanished">Kontroller den og velg så Send (Alt+D) — ingenting sendes før det.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="238" />
      <source>Nothing to send for {day}</source>
      <translation>Ingenting å sende for {day}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="250" />
      <source>Dispatch</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="251" />
      <source>Send {pumps} pumps to {units} units for {day}? A packing slip is printed for each unit.</source>
      <translation>Sende {pumps} pumper til {units} enheter for {day}? En pakkseddel skrives ut for hver enhet.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="265" />
      <source>Not sent, no longer ready or no longer needed: {pumps}. Plan again to replace them.</source>
      <translation>Ikke sendt, ikke lenger klare eller ikke lenger nødvendige: {pumps}. Planlegg igjen for å erstatte dem.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="269" />
      <source>Not sent to {unit}: {reason}</source>
      <translation>Ikke sendt til {unit}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="273" />
      <source>{missing} pumps are still missing: not enough ready pumps.</source>
      <translation>{missing} pumper mangler fortsatt: for få klare pumper.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="276" />
      <source>Dispatched {pumps} pumps to {units} units</source>
      <translation>Sendte {pumps} pumper til {units} enheter</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="280" />
      <source>Nothing was dispatched</source>
      <translation>Ingenting ble sendt</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="292" />
      <source>Target set: {unit} keeps {target} {model}</source>
      <translation>Mål satt: {unit} har {target} {model} på lager</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="297" />
      <source>{unit}: {requested} {model}</source>
      <translation>{unit}: {requested} {model}</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="300" />
      <source>Request approved</source>
      <translation>Forespørsel godkjent</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="300" />
      <source>Request rejected</source>
      <translation>Forespørsel avslått</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="309" />
      <source>A target changed: plan again.</source>
      <translation>Et mål ble endret: planlegg igjen.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_tab.py" line="313" />
      <source>Not done</source>
      <translation>Ikke utført</translation>
    </message>
  </context>
  <context>
    <name>SyncIndicator</name>
    <message>
      <location filename="../../app/gui/sync_status.py" line="147" />
      <source>Central: no answer since {time} · {pending} waiting</source>
      <extracomment>After an action, wait this long for more before syncing: a scan burst goes out at once. A cycle that has not answered for this long is shown as such, not as "online": the network may hang up to the connection's bound (``app.sync.connection.BOUND_S``). A cycle begins (from the sync thread), with how many events wait to go out: the status bar watches for its answer.</extracomment>
      <translation>Sentral: ikke svar siden {time} · {pending} venter</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="149" />
      <source>The central database has not answered since {time}. Work goes on here; what waits goes out when it answers.</source>
      <translation>Den sentrale databasen har ikke svart siden {time}. Arbeidet fortsetter her; det som venter sendes når den svarer.</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="157" />
      <source>Central: not set up (this workstation works alone)</source>
      <translation>Sentral: ikke satt opp (arbeidsstasjonen arbeider alene)</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="167" />
      <source>Central: reached, but the central judge is not running · {pending} waiting — work goes on here</source>
      <translation>Sentral: nådd, men sentraldommeren kjører ikke · {pending} venter — arbeidet fortsetter her</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="174" />
      <source>Central: online · {pending} waiting · last sync {time}</source>
      <translation>Sentral: tilkoblet · {pending} venter · siste synk {time}</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="180" />
      <source>Central: offline since {time} · {pending} waiting — work goes on here</source>
      <translation>Sentral: frakoblet siden {time} · {pending} venter — arbeidet fortsetter her</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="185" />
      <source>Central: this workstation is not enrolled as itself — ask your technician · {pending} waiting</source>
      <translation>Sentral: denne arbeidsstasjonen er ikke registrert som seg selv — spør teknikeren · {pending} venter</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="189" />
      <source>Central: {error} · {pending} waiting — work goes on here</source>
      <translation>Sentral: {error} · {pending} venter — arbeidet fortsetter her</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="198" />
      <source>Central: two databases are working as {workstation} — point here for what to do · {pending} waiting</source>
      <translation>Sentral: to databaser arbeider som {workstation} — pek her for hva du skal gjøre · {pending} venter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/sync_status.py" line="211" />
      <source> · clock %n min ahead</source>
      <translation>
        <numerusform> · klokka går %n min foran</numerusform>
        <numerusform> · klokka går %n min foran</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/sync_status.py" line="212" />
      <source> · clock %n min behind</source>
      <translation>
        <numerusform> · klokka går %n min etter</numerusform>
        <numerusform> · klokka går %n min etter</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="213" />
      <source>This computer's clock is off the central server's, so events get wrong times: ask your technician to set it.</source>
      <translation>Maskinens klokke går feil mot den sentrale serverens, så hendelser får feil tid: be teknikeren stille den.</translation>
    </message>
    <message>
      <source>Central: another workstation uses this workstation's id — ask your technician · {pending} waiting</source>
      <translation type="vanished">Sentral: en annen arbeidsstasjon bruker denne arbeidsstasjonens id — kontakt teknikeren · {pending} venter</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="193" />
      <source>Central: cannot sync ({error}) · {pending} waiting</source>
      <translation>Sentral: kan ikke synkronisere ({error}) · {pending} venter</translation>
    </message>
    <message>
      <location filename="../../app/gui/sync_status.py" line="205" />
      <source> · {count} conflicts to resolve</source>
      <translation> · {count} konflikter å løse</translation>
    </message>
  </context>
  <context>
    <name>TargetForm</name>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="230" />
      <source>Set target</source>
      <translation>Sett mål</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="234" />
      <source>&lt;b&gt;Set a target:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Sett et mål:&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="237" />
      <source>pumps:</source>
      <translation>pumper:</translation>
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
      <translation>I dag, &lt;b&gt;{today}&lt;/b&gt;, er en arbeidsdag i {country}: planer gjelder i dag. Neste arbeidsdag: {next}.</translation>
    </message>
    <message>
      <location filename="../../app/gui/tabs/stock_widgets.py" line="118" />
      <source>Today, &lt;b&gt;{today}&lt;/b&gt;, is &lt;b&gt;not a working day&lt;/b&gt; in {country} ({why}). Plans are for &lt;b&gt;{next}&lt;/b&gt;.</source>
      <translation>I dag, &lt;b&gt;{today}&lt;/b&gt;, er &lt;b&gt;ikke en arbeidsdag&lt;/b&gt; i {country} ({why}). Planer gjelder &lt;b&gt;{next}&lt;/b&gt;.</translation>
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
      <translation>Ikke tatt imot: {code}. Skanninger tas ikke imot mens dette vinduet er åpent; lukk det først, eller prøv skanneren med «Test skanneren …».</translation>
    </message>
  </context>
</TS>