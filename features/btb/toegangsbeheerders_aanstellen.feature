# language: nl
@handleiding-2.3
Functionaliteit: Toegangsbeheerders aanstellen in het Beheer der Toegangsbeheerders
  De hoofdtoegangsbeheerder (HTB) stelt co-hoofdtoegangsbeheerders en toegangsbeheerders aan.
  Een toegangsbeheerder voor het domein eHealth beheert daarna de gebruikers in het
  eHealth-toegangsbeheer, waar hij als LB of Co-LB staat.

  Achtergrond:
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" heeft geen rechten in een organisatie
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"

  @wijzigt @regel-R23 @regel-R23-G1
  Scenario: De hoofdtoegangsbeheerder stelt een toegangsbeheerder voor eHealth aan
    Als hij "Ann Claes" aanstelt als "Toegangsbeheerder" voor "eHealth"
    Dan staat "Ann Claes" als "Toegangsbeheerder" voor "eHealth" in de lijst van toegangsbeheerders
    En staat "Ann Claes" als "LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"

  @wijzigt @regel-R23 @regel-R23-G1
  Scenario: Een co-toegangsbeheerder staat als Co-LB in het eHealth-toegangsbeheer
    Als hij "Ann Claes" aanstelt als "Co-toegangsbeheerder" voor "eHealth"
    Dan staat "Ann Claes" als "Co-LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"

  @wijzigt @regel-R23-G4
  Scenario: Een toegangsbeheerder voor een ander domein staat niet in het eHealth-toegangsbeheer
    Als hij "Ann Claes" aanstelt als "Toegangsbeheerder" voor "Sociale zekerheid"
    Dan staat "Ann Claes" als "Toegangsbeheerder" voor "Sociale zekerheid" in de lijst van toegangsbeheerders
    En ziet "Piet Janssens" "Ann Claes" niet in de gebruikers van "WACHTPOST LEIE"

  @regel-R101
  Scenario: Een ongeldig INSZ wordt naast het veld gemeld en er verandert niets
    Als hij INSZ "85073003329" aanstelt met e-mailadres "ann.claes@example.be"
    Dan meldt het veld "INSZ (rijksregisternummer)" "Het controlegetal van dit INSZ klopt niet."
    En staat in het veld "E-mailadres" nog "ann.claes@example.be"
    En zijn er nog geen toegangsbeheerders

  @regel-R101
  Scenario: Zonder e-mailadres wordt niemand aangesteld
    Als hij "Ann Claes" aanstelt zonder e-mailadres
    Dan meldt het veld "E-mailadres" "Vul een e-mailadres in."
    En zijn er nog geen toegangsbeheerders
