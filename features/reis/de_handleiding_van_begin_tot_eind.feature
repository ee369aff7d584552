# language: nl
@handleiding-2.2 @handleiding-2.3 @handleiding-2.4.1 @handleiding-2.4.1.1 @handleiding-2.4.2 @wijzigt @regel-R2 @regel-R23 @regel-R30 @regel-R36 @regel-R8 @regel-R8-T1
Functionaliteit: De handleiding van begin tot eind, zoals een lezer ze volgt
  Vier personen, elk in een eigen browser en enkel via de schermen: de vertegenwoordiger duidt de
  hoofdtoegangsbeheerder aan, die stelt een toegangsbeheerder aan, die voegt een gebruiker toe,
  en die gebruiker meldt zich in Vaccinnet aan voor de organisatie.

  Abstract Scenario: Van vertegenwoordiger tot Vaccinnet-gebruiker bij een <soort>
    Gegeven "Lotte Dubois" is <vertegenwoordiger> van <soort> "<organisatie>"
    En "Piet Janssens", "Lies Bos" en "Ann Claes" hebben geen rechten in een organisatie
    Als "Lotte Dubois" bij eGezondheid "Piet Janssens" aanduidt als hoofdtoegangsbeheerder van "<organisatie>" onder "<categorie>"
    En "Piet Janssens" in het Beheer der Toegangsbeheerders "Lies Bos" aanstelt als toegangsbeheerder voor eHealth
    En "Lies Bos" in het eHealth-toegangsbeheer "Ann Claes" toevoegt aan "<organisatie>" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" zich in Vaccinnet aanmeldt als "Burger" binnen "<organisatie>"
    Dan mag "Ann Claes" voor "<organisatie>" "Vaccinnet Consultatie en Registratie" gebruiken

    Voorbeelden:
      | soort                                                          | organisatie        | vertegenwoordiger            | categorie                                                      |
      | Apotheek                                                       | APOTHEEK DE LINDE  | titularis                    | Apotheek                                                       |
      | Groepering met een RIZIV-nr derdebetaler                       | THUISZORG ZUID     | wettelijke vertegenwoordiger | Groepering van verpleegkundigen                                |
      | Groepering van huisartsen op dezelfde installatieplaats        | PRAKTIJK DE BRUG   | wettelijke vertegenwoordiger | Huisartsenpraktijk met gemengde financiering                   |
      | Groepering van huisartsen op verschillende installatieplaatsen | HUISARTSEN REGIO   | wettelijke vertegenwoordiger | Groepering van huisartsen op verschillende installatieplaatsen |
      | Huisartsenpraktijk met gemengde financiering                   | PRAKTIJK GEMENGD   | wettelijke vertegenwoordiger | Huisartsenpraktijk met gemengde financiering                   |
      | Medisch huis                                                   | MEDISCH HUIS NOORD | wettelijke vertegenwoordiger | Medisch huis                                                   |
      | Wachtpost                                                      | WACHTPOST LEIE     | wettelijke vertegenwoordiger | Wachtpost                                                      |
