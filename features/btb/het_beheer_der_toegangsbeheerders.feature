# language: nl
@handleiding-2.3
Functionaliteit: Het Beheer der Toegangsbeheerders en zijn drie stappen
  Het Beheer der Toegangsbeheerders van CSAM toont drie dichtgeklapte stappen; enkel een
  hoofdtoegangsbeheerder kan er toegangsbeheerders aanstellen.

  Scenario: De pagina toont de drie stappen van het beheer
    Als iemand het Beheer der Toegangsbeheerders opent
    Dan toont de pagina de stappen "EEN HOOFDTOEGANGSBEHEERDER AANSTELLEN, TOEGANGSBEHEERDERS AANSTELLEN, TOEGANGEN BEHEREN"
    En zijn de stappen dichtgeklapt

  Scenario: Een stap opent door op de titel of het grijze balkje te klikken
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    Dan toont de stap de knop "Toegangsbeheerders aanstellen"

  Scenario: Wie geen hoofdtoegangsbeheerder is, kan geen toegangsbeheerders aanstellen
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is aangemeld bij het Beheer der Toegangsbeheerders
    Als zij de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    En zij op "Toegangsbeheerders aanstellen" klikt
    Dan meldt de pagina "U bent voor geen enkele onderneming hoofdtoegangsbeheerder"
