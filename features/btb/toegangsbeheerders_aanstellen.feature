# language: nl
@handleiding-2.3
Functionaliteit: Toegangsbeheerders aanstellen in het Beheer der Toegangsbeheerders
  De hoofdtoegangsbeheerder (HTB) stelt co-hoofdtoegangsbeheerders en toegangsbeheerders aan.
  Een toegangsbeheerder voor het domein eHealth beheert daarna de gebruikers in het
  eHealth-toegangsbeheer, waar hij als LB of Co-LB staat.

  Scenario: De pagina toont de drie stappen van het beheer
    Als iemand het Beheer der Toegangsbeheerders opent
    Dan toont de pagina de stappen "EEN HOOFDTOEGANGSBEHEERDER AANSTELLEN, TOEGANGSBEHEERDERS AANSTELLEN, TOEGANGEN BEHEREN"
    En zijn de stappen dichtgeklapt

  Scenario: Een stap opent door op de titel of het grijze balkje te klikken
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    Dan toont de stap de knop "Toegangsbeheerders aanstellen"

  @wijzigt
  Scenario: De hoofdtoegangsbeheerder stelt een toegangsbeheerder voor eHealth aan
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" heeft geen rechten in een organisatie
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"
    Als hij "Ann Claes" aanstelt als "Toegangsbeheerder" voor "eHealth"
    Dan staat "Ann Claes" als "Toegangsbeheerder" voor "eHealth" in de lijst van toegangsbeheerders
    En staat "Ann Claes" als "LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"

  @wijzigt
  Scenario: Een co-toegangsbeheerder staat als Co-LB in het eHealth-toegangsbeheer
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" heeft geen rechten in een organisatie
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"
    Als hij "Ann Claes" aanstelt als "Co-toegangsbeheerder" voor "eHealth"
    Dan staat "Ann Claes" als "Co-LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"

  @wijzigt
  Scenario: De hoofdtoegangsbeheerder wijzigt de rol van een toegangsbeheerder
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is "Toegangsbeheerder" voor "eHealth" van "WACHTPOST LEIE"
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"
    Als hij de rol van "Ann Claes" wijzigt in "Co-toegangsbeheerder"
    Dan staat "Ann Claes" als "Co-toegangsbeheerder" voor "eHealth" in de lijst van toegangsbeheerders

  @wijzigt
  Scenario: De hoofdtoegangsbeheerder verwijdert een toegangsbeheerder
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is "Toegangsbeheerder" voor "eHealth" van "WACHTPOST LEIE"
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"
    Als hij toegangsbeheerder "Ann Claes" verwijdert
    Dan staat "Ann Claes" niet meer in de lijst van toegangsbeheerders

  Scenario: Wie geen hoofdtoegangsbeheerder is, kan geen toegangsbeheerders aanstellen
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is aangemeld bij het Beheer der Toegangsbeheerders
    Als zij de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    En zij op "Toegangsbeheerders aanstellen" klikt
    Dan meldt de pagina "U bent voor geen enkele onderneming hoofdtoegangsbeheerder"

  Scenario: Een ongeldig INSZ wordt naast het veld gemeld en er verandert niets
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"
    Als hij INSZ "85073003329" aanstelt met e-mailadres "ann.claes@example.be"
    Dan meldt het veld "INSZ (rijksregisternummer)" "Het controlegetal van dit INSZ klopt niet."
    En staat in het veld "E-mailadres" nog "ann.claes@example.be"
    En zijn er nog geen toegangsbeheerders

  Scenario: Zonder e-mailadres wordt niemand aangesteld
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" heeft geen rechten in een organisatie
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"
    Als hij "Ann Claes" aanstelt zonder e-mailadres
    Dan meldt het veld "E-mailadres" "Vul een e-mailadres in."
    En zijn er nog geen toegangsbeheerders
