# language: nl
@handleiding-2.3
Functionaliteit: Het Beheer der Toegangsbeheerders en zijn drie stappen
  Het Beheer der Toegangsbeheerders van CSAM toont drie dichtgeklapte stappen; enkel een
  hoofdtoegangsbeheerder kan er toegangsbeheerders aanstellen.

  @regel-R24
  Scenario: De pagina toont de drie stappen van het beheer
    Als iemand het Beheer der Toegangsbeheerders opent
    Dan toont de pagina de stappen "EEN HOOFDTOEGANGSBEHEERDER AANSTELLEN, TOEGANGSBEHEERDERS AANSTELLEN, TOEGANGEN BEHEREN"
    En zijn de stappen dichtgeklapt

  @regel-R24
  Scenario: Een stap opent door op de titel of het grijze balkje te klikken
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    Dan toont de stap de knop "Toegangsbeheerders aanstellen"

  @regel-D3
  Scenario: Wie geen hoofdtoegangsbeheerder is, kan geen toegangsbeheerders aanstellen
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is aangemeld bij het Beheer der Toegangsbeheerders
    Als zij de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    En zij op "Toegangsbeheerders aanstellen" klikt
    Dan meldt de pagina "U bent voor geen enkele onderneming hoofdtoegangsbeheerder"

  @regel-D3
  Scenario: Wie geen hoofdtoegangsbeheerder is en het verzoek zelf verstuurt, stelt niemand aan
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Tom Willems" heeft geen rechten in een organisatie
    En "Ann Claes" is aangemeld bij het Beheer der Toegangsbeheerders
    Als zij zelf "een toegangsbeheerder aanstellen" verstuurt voor "Tom Willems" in "WACHTPOST LEIE"
    Dan weigert het portaal dat met "U bent geen hoofdtoegangsbeheerder van WACHTPOST LEIE"
    En ziet "Piet Janssens" "Tom Willems" niet bij de toegangsbeheerders van "WACHTPOST LEIE"
