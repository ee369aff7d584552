# language: nl
@handleiding-2.2
Functionaliteit: De hoofdtoegangsbeheerder aanduiden bij de registratie van de zorginstelling
  De wettelijke vertegenwoordiger of titularis kiest de soort instelling, vult de eerste 8 cijfers
  van het RIZIV-nummer van de organisatie in en duidt de hoofdtoegangsbeheerder (HTB) aan.

  @wijzigt @regel-R8 @regel-R21
  Abstract Scenario: De <vertegenwoordiger> van een <soort> duidt zichzelf aan onder "<categorie>"
    Gegeven "Lotte Dubois" is <vertegenwoordiger> van <soort> "<organisatie>"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "<organisatie>" registreert als "<categorie>" met zichzelf als hoofdtoegangsbeheerder
    Dan meldt de registratie "Lotte Dubois is nu hoofdtoegangsbeheerder van <organisatie>."

    Voorbeelden:
      | soort                                                          | organisatie        | vertegenwoordiger            | categorie                                                      |
      | Apotheek                                                       | APOTHEEK DE LINDE  | titularis                    | Apotheek                                                       |
      | Groepering met een RIZIV-nr derdebetaler                       | THUISZORG ZUID     | wettelijke vertegenwoordiger | Groepering van verpleegkundigen                                |
      | Groepering van huisartsen op dezelfde installatieplaats        | PRAKTIJK DE BRUG   | wettelijke vertegenwoordiger | Huisartsenpraktijk met gemengde financiering                   |
      | Groepering van huisartsen op verschillende installatieplaatsen | HUISARTSEN REGIO   | wettelijke vertegenwoordiger | Groepering van huisartsen op verschillende installatieplaatsen |
      | Huisartsenpraktijk met gemengde financiering                   | PRAKTIJK GEMENGD   | wettelijke vertegenwoordiger | Huisartsenpraktijk met gemengde financiering                   |
      | Medisch huis                                                   | MEDISCH HUIS NOORD | wettelijke vertegenwoordiger | Medisch huis                                                   |
      | Wachtpost                                                      | WACHTPOST LEIE     | wettelijke vertegenwoordiger | Wachtpost                                                      |

  @wijzigt @regel-R8 @regel-R12
  Scenario: Een andere persoon als hoofdtoegangsbeheerder krijgt de organisatie in Vaccinnet en in het toegangsbeheer
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    En "Piet Janssens" heeft geen rechten in een organisatie
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "WACHTPOST LEIE" registreert als "Wachtpost" met "Piet Janssens" als hoofdtoegangsbeheerder
    Dan kan "Piet Janssens" in Vaccinnet kiezen voor "WACHTPOST LEIE"
    En kan "Piet Janssens" in het eHealth-toegangsbeheer kiezen voor "WACHTPOST LEIE"

  @regel-R21
  Scenario: Een groepering van huisartsen op dezelfde installatieplaats kiest niet voor "verschillende installatieplaatsen"
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van groepering van huisartsen op dezelfde installatieplaats "PRAKTIJK DE BRUG"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "PRAKTIJK DE BRUG" registreert als "Groepering van huisartsen op verschillende installatieplaatsen" met zichzelf als hoofdtoegangsbeheerder
    Dan meldt het veld "Soort instelling" "'Huisartsenpraktijk met gemengde financiering'"

  @regel-R8 @regel-R19
  Abstract Scenario: Wie niet als vertegenwoordiger geregistreerd staat, contacteert het RIZIV (<soort>)
    Gegeven "Lotte Dubois" is <vertegenwoordiger> van <soort> "<organisatie>"
    En "Jan Peeters" is aangemeld bij de registratie van zorginstellingen
    Als hij "<organisatie>" registreert als "<categorie>" met zichzelf als hoofdtoegangsbeheerder
    Dan meldt de pagina "U staat bij het RIZIV niet geregistreerd als wettelijke vertegenwoordiger of titularis"
    En vermeldt de melding het RIZIV-nummer van "<organisatie>" en het INSZ van "Jan Peeters"
    En verwijst de melding naar "Contactinformatie RIZIV voor <contact>"
    En noemt de melding "met de schriftelijke bevestiging van het RIZIV als bijlage"

    Voorbeelden:
      | soort                                    | vertegenwoordiger            | organisatie       | categorie                       | contact                           |
      | Apotheek                                 | titularis                    | APOTHEEK DE LINDE | Apotheek                        | apotheken                         |
      | Groepering met een RIZIV-nr derdebetaler | wettelijke vertegenwoordiger | THUISZORG ZUID    | Groepering van verpleegkundigen | groeperingen van verpleegkundigen |
      | Wachtpost                                | wettelijke vertegenwoordiger | WACHTPOST LEIE    | Wachtpost                       | huisartsen                        |

  @regel-R8 @regel-R19
  Scenario: Een vertegenwoordiger zonder de juiste rol in ProGezondheid contacteert het RIZIV
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE" met rol "Secretariaat"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder
    Dan meldt de pagina "U staat bij het RIZIV niet geregistreerd als wettelijke vertegenwoordiger of titularis"

  @regel-R17
  Abstract Scenario: Een ongeldig instellingsnummer wordt naast het veld gemeld: <geval>
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    En "Els Maes" is arts en gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij instellingsnummer <nummer> registreert als "Wachtpost"
    Dan meldt het veld "Instellingsnummer (RIZIV-nummer)" "<melding>"

    Voorbeelden:
      | geval                          | nummer                            | melding                                             |
      | fout controlegetal             | "12345679"                        | Het controlegetal van dit RIZIV-nummer klopt niet.  |
      | te kort                        | "1234567"                         | Een RIZIV-nummer telt 8 of 11 cijfers; u gaf er 7.  |
      | letters                        | "1234A678"                        | Een RIZIV-nummer bestaat enkel uit cijfers.         |
      | nummer van een zorgverlener    | van "Els Maes"                    | Dit is het RIZIV-nummer van een individuele zorgverlener. |
      | 11 cijfers                     | "12345625000"                     | Het instellingsnummer zijn de eerste 8 cijfers van het RIZIV-nummer van de instelling. |

  @regel-R17
  Abstract Scenario: Het eigen RIZIV-nummer van een <beroep> is geen instellingsnummer
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    En "Els Maes" is <beroep> met een eigen RIZIV-nummer
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij instellingsnummer van "Els Maes" registreert als "Wachtpost"
    Dan meldt het veld "Instellingsnummer (RIZIV-nummer)" "Dit is het RIZIV-nummer van een individuele zorgverlener."

    Voorbeelden:
      | beroep          |
      | arts            |
      | apotheker       |
      | verpleegkundige |

  @regel-R100
  Scenario: Een organisatie die al een hoofdtoegangsbeheerder heeft, hoeft er geen aan te duiden
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    En "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder
    Dan meldt de registratie "WACHTPOST LEIE heeft al een hoofdtoegangsbeheerder: Piet Janssens."

  @regel-R100 @regel-R9-G2
  Scenario: Een organisatie met een hoofdtoegangsbeheerder in ProGezondheid hoeft er geen aan te duiden
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    En "Piet Janssens" is hoofdtoegangsbeheerder in ProGezondheid van wachtpost "WACHTPOST LEIE"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder
    # De oefenomgeving zegt erbij dat het de HTB uit ProGezondheid is; een acceptatieomgeving kan een HTB
    # uit ProGezondheid niet apart aanwijzen, dus de melding moet enkel zeggen wie het al is.
    Dan meldt de registratie "Piet Janssens"

  @wijzigt @regel-R8-T2
  Abstract Scenario: Een vertegenwoordiger met de rol <rol> duidt de hoofdtoegangsbeheerder aan
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE" met rol "<rol>"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder
    Dan meldt de registratie "Lotte Dubois is nu hoofdtoegangsbeheerder van WACHTPOST LEIE."

    Voorbeelden:
      | rol                          |
      | Verantwoordelijke            |
      | eHealth certificaat beheerder |

  @regel-R100
  Scenario: Zonder e-mailadres wordt de hoofdtoegangsbeheerder niet aangeduid
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    En "Lotte Dubois" is aangemeld bij de registratie van zorginstellingen
    Als zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder zonder e-mailadres
    Dan meldt het veld "E-mailadres van de hoofdtoegangsbeheerder" "Vul een e-mailadres in."
    En staat in het veld "Instellingsnummer (RIZIV-nummer)" nog het nummer van "WACHTPOST LEIE"
