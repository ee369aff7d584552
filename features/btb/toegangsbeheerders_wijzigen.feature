# language: nl
@handleiding-2.3 @wijzigt @regel-R23
Functionaliteit: De rol van een toegangsbeheerder wijzigen of hem verwijderen
  Wie toegangsbeheerder is, krijgt van de hoofdtoegangsbeheerder een andere rol of verliest die rol.

  Achtergrond:
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is "Toegangsbeheerder" voor "eHealth" van "WACHTPOST LEIE"
    En "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"

  @regel-R23-G2
  Scenario: De hoofdtoegangsbeheerder wijzigt de rol van een toegangsbeheerder
    Als hij de rol van "Ann Claes" wijzigt in "Co-toegangsbeheerder"
    Dan staat "Ann Claes" als "Co-toegangsbeheerder" voor "eHealth" in de lijst van toegangsbeheerders
    En staat "Ann Claes" als "Co-LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"

  @regel-R23-G3
  Scenario: De hoofdtoegangsbeheerder verwijdert een toegangsbeheerder
    Als hij toegangsbeheerder "Ann Claes" verwijdert
    Dan staat "Ann Claes" niet meer in de lijst van toegangsbeheerders
    En ziet "Piet Janssens" "Ann Claes" niet in de gebruikers van "WACHTPOST LEIE"
