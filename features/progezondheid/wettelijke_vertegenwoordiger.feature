# language: nl
@handleiding-2.1
Functionaliteit: De titularis of wettelijke vertegenwoordiger nagaan in ProGezondheid
  Enkel de wettelijke vertegenwoordiger of titularis van een RIZIV-organisatie duidt de
  hoofdtoegangsbeheerder aan. In ProGezondheid staat wie dat is en welke rol of welk beroep die
  persoon voor de organisatie heeft.

  @regel-R11 @regel-R13
  Abstract Scenario: ProGezondheid toont de organisatievorm, de <vertegenwoordiger> en de rol voor een <soort>
    Gegeven "Lotte Dubois" is <vertegenwoordiger> van <soort> "<organisatie>" met rol "<rol>"
    Als "Lotte Dubois" zich aanmeldt bij ProGezondheid
    Dan toont ProGezondheid "<organisatie>" als "<soort>" met "Lotte Dubois (<vertegenwoordiger>)" en rol "<rol>"

    Voorbeelden:
      | soort                                                          | organisatie        | vertegenwoordiger            | rol                                    |
      | Apotheek                                                       | APOTHEEK DE LINDE  | titularis                    | Professioneel zorgverlener > apotheker |
      | Groepering met een RIZIV-nr derdebetaler                       | THUISZORG ZUID     | wettelijke vertegenwoordiger | Verantwoordelijke                      |
      | Groepering van huisartsen op dezelfde installatieplaats        | PRAKTIJK DE BRUG   | wettelijke vertegenwoordiger | eHealth certificaat beheerder          |
      | Groepering van huisartsen op verschillende installatieplaatsen | HUISARTSEN REGIO   | wettelijke vertegenwoordiger | eHealth certificaat beheerder          |
      | Huisartsenpraktijk met gemengde financiering                   | PRAKTIJK GEMENGD   | wettelijke vertegenwoordiger | eHealth certificaat beheerder          |
      | Medisch huis                                                   | MEDISCH HUIS NOORD | wettelijke vertegenwoordiger | Professioneel zorgverlener             |
      | Wachtpost                                                      | WACHTPOST LEIE     | wettelijke vertegenwoordiger | Verantwoordelijke                      |
      | Wachtpost                                                      | WACHTPOST SCHELDE  | wettelijke vertegenwoordiger | eHealth certificaat beheerder          |

  @regel-R11
  Scenario: Wie geen organisatie vertegenwoordigt, ziet dat in ProGezondheid
    Gegeven "Jan Peeters" heeft geen rechten in een organisatie
    Als "Jan Peeters" zich aanmeldt bij ProGezondheid
    Dan meldt ProGezondheid "U bent voor geen enkele organisatie wettelijke vertegenwoordiger of titularis."

  @regel-R9
  Scenario: De hoofdtoegangsbeheerder van ProGezondheid is ook hoofdtoegangsbeheerder in het eHealth-toegangsbeheer
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder in ProGezondheid van wachtpost "WACHTPOST LEIE"
    Als "Piet Janssens" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    Dan kan hij kiezen uit de organisaties "WACHTPOST LEIE"

  @regel-R12
  Scenario: De wettelijke vertegenwoordiger heeft zonder meer toegang tot Vaccinnet binnen de organisatie
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    Als "Lotte Dubois" zich bij Vaccinnet aanmeldt
    Dan kan zij binnen de organisatie enkel kiezen uit "WACHTPOST LEIE"
