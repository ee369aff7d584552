# language: nl
@handleiding-1.3 @regel-R2 @regel-R6
Functionaliteit: De hoedanigheid van elke RIZIV-erkenning in het eHealth-toegangsbeheer
  Toepassingen worden per hoedanigheid gegroepeerd. Het eHealth-toegangsbeheer toont bij elke
  organisatie de hoedanigheid die bij haar RIZIV-erkenning hoort.

  Abstract Scenario: Een <soort> heeft de hoedanigheid "<hoedanigheid>"
    Gegeven "Lies Bos" is "LB" van <soort> "<organisatie>"
    Als "Lies Bos" de gebruikers van "<organisatie>" opent
    Dan toont de pagina "Benaming: <organisatie>" en "Hoedanigheid: <hoedanigheid>" met het RIZIV-nummer

    Voorbeelden:
      | soort                                                          | organisatie        | hoedanigheid                                        |
      | Apotheek                                                       | APOTHEEK DE LINDE  | Apotheek                                            |
      | Groepering met een RIZIV-nr derdebetaler                       | THUISZORG ZUID     | medisch hulpverleners: groepering van verpleegsters |
      | Groepering van huisartsen op dezelfde installatieplaats        | PRAKTIJK DE BRUG   | Kantoor artsen                                      |
      | Groepering van huisartsen op verschillende installatieplaatsen | HUISARTSEN REGIO   | Groep artsen                                        |
      | Huisartsenpraktijk met gemengde financiering                   | PRAKTIJK GEMENGD   | Kantoor artsen                                      |
      | Medisch huis                                                   | MEDISCH HUIS NOORD | Medische huis                                       |
      | Wachtpost                                                      | WACHTPOST LEIE     | Wachtposten                                         |
