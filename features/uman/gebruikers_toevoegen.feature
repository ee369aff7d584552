# language: nl
@handleiding-2.4.1.1
Functionaliteit: Gebruikers toevoegen in het eHealth-toegangsbeheer
  De toegangsbeheerder voegt een gebruiker toe met zijn INSZ, vult het e-mailadres in, vinkt de
  beveiligde toepassingen aan, slaat op en bevestigt. Daarna kan de gebruiker in Vaccinnet voor de
  organisatie aanmelden.

  Achtergrond:
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" heeft geen rechten in een organisatie

  @regel-R31
  Scenario: De gebruikerslijst toont de organisatie, de hoedanigheid en de functionaliteiten
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    Dan toont de pagina "Benaming: WACHTPOST LEIE" en "Hoedanigheid: Wachtposten" met het RIZIV-nummer
    En toont de zijbalk "Functionaliteiten" met "Gebruikers"

  @wijzigt @regel-R30
  Scenario: Een gebruiker toevoegen met Vaccinnet Consultatie en Registratie
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Ann Claes" toevoegt met "Vaccinnet Consultatie en Registratie"
    Dan meldt de lijst "De gegevens van de gebruiker werden opgeslagen"
    En staat "Ann Claes" in de lijst als "USER" met status "Actief"
    En toont de lijst het INSZ van "Ann Claes" als 999999 999 99

  @wijzigt @regel-D4
  Abstract Scenario: Een persoon met een BIS-nummer (maand + <plus>) wordt gebruiker
    Gegeven "Tom Weber" heeft een BIS-nummer met maand + <plus>
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Tom Weber" toevoegt met "Vaccinnet Consultatie en Registratie"
    Dan staat "Tom Weber" in de lijst als "USER" met status "Actief"
    En toont de lijst het INSZ van "Tom Weber" als 999999 999 99

    Voorbeelden:
      | plus |
      | 20   |
      | 40   |

  @wijzigt @regel-D4
  Scenario: Een persoon geboren in 2000 of later wordt gebruiker
    Gegeven "Nina Claes" is geboren in 2003
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Nina Claes" toevoegt met "Vaccinnet Consultatie en Registratie"
    Dan staat "Nina Claes" in de lijst als "USER" met status "Actief"

  @wijzigt @regel-R32
  Scenario: De lijst toont het INSZ in groepen van 6, 3 en 2 cijfers
    Gegeven "Karel Mertens" heeft INSZ "85073003328"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Karel Mertens" toevoegt met "eHealthBox"
    Dan toont de lijst het INSZ van "Karel Mertens" als "850730 033 28"

  @regel-S8
  Scenario: Het formulier vraagt een verplicht e-mailadres en de beveiligde toepassingen
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    Dan vraagt het formulier "E-mailadres *" en "Lokaal e-mailadres"
    En biedt het formulier 13 beveiligde toepassingen aan, waaronder "Vaccinnet Consultatie en Registratie"

  @regel-S9
  Scenario: Opslaan toont eerst "Een gebruiker aanmaken" ter controle
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    En zij e-mailadres "ann.claes@example.be" en "Vaccinnet Consultatie en Registratie" opslaat
    Dan toont de controlepagina "Een gebruiker aanmaken" met status "Actief" en het INSZ van "Ann Claes"
    En kan zij kiezen tussen "Vorige" en "Bevestigen"

  @regel-R30
  Scenario: Na het toevoegen meldt de gebruiker zich in Vaccinnet aan voor de organisatie
    Gegeven "Lies Bos" voegde "Ann Claes" toe aan "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan kan zij binnen de organisatie enkel kiezen uit "WACHTPOST LEIE"

  @regel-R29
  Scenario: Bestel- en voorraadbeheer wordt enkel aangeboden aan organisaties die mogen bestellen
    Gegeven "WACHTPOST LEIE" mag geen vaccins bestellen
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    Dan biedt het formulier "Vaccinnet Bestel- en voorraadbeheer" niet aan

  @regel-R29
  Scenario: Bestel- en voorraadbeheer zelf versturen voor een organisatie die niet mag bestellen, wordt geweigerd
    Gegeven "WACHTPOST LEIE" mag geen vaccins bestellen
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij zelf "een gebruiker toevoegen" verstuurt voor "Ann Claes" in "WACHTPOST LEIE" met "Vaccinnet Bestel- en voorraadbeheer"
    Dan weigert het portaal dat met "WACHTPOST LEIE mag geen vaccins bestellen"
    En ziet "Lies Bos" "Ann Claes" niet in de gebruikers van "WACHTPOST LEIE"

  @regel-D4
  Abstract Scenario: Een ongeldig INSZ wordt naast het veld gemeld
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij INSZ "<insz>" invult en op "Volgende" klikt
    Dan meldt het veld "Rijksregisternummer (INSZ) van de nieuwe gebruiker" "<melding>"
    En staat in het veld "Rijksregisternummer (INSZ) van de nieuwe gebruiker" nog "<insz>"

    Voorbeelden:
      | insz         | melding                                                                            |
      | 85073003329  | Het controlegetal van dit INSZ klopt niet.                                         |
      | 8507300332   | Een INSZ telt 11 cijfers; u gaf er 10.                                             |
      | 85O73003328  | Een INSZ bestaat enkel uit cijfers.                                                |
      | 85073003328  | Er is geen persoon met dit INSZ gekend in het Rijksregister van de oefenomgeving.  |

  @regel-R103
  Scenario: Een persoon die al gebruiker is, wordt niet opnieuw toegevoegd
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    Dan meldt het veld "Rijksregisternummer (INSZ) van de nieuwe gebruiker" "Ann Claes is al gebruiker van WACHTPOST LEIE."

  @wijzigt @regel-R103-T1
  Scenario: Wie gebruiker is in een andere organisatie, wordt ook hier gebruiker
    Gegeven "Bert Wouters" is gebruiker van apotheek "APOTHEEK DE LINDE" met "Vaccinnet Consultatie en Registratie"
    En "Bert Wouters" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    En "Lies Bos" verwijderde "Bert Wouters" uit "WACHTPOST LEIE"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Bert Wouters" toevoegt met "Vaccinnet Consultatie en Registratie"
    Dan staat "Bert Wouters" in de lijst als "USER" met status "Actief"

  @regel-S8
  Scenario: Zonder e-mailadres wordt de gebruiker niet opgeslagen
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    En zij zonder e-mailadres "Vaccinnet Consultatie en Registratie" opslaat
    Dan meldt het veld "E-mailadres *" "Het e-mailadres is verplicht."
    En blijft "Vaccinnet Consultatie en Registratie" aangevinkt

  @wijzigt @regel-R33
  Scenario: De rechten van een bestaande gebruiker wijzigen met het potloodje
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij de rechten van "Ann Claes" wijzigt in "Vaccinnet Consultatie en Registratie"
    Dan meldt de lijst "De gegevens van de gebruiker werden opgeslagen"
    En kan "Ann Claes" in Vaccinnet kiezen voor "WACHTPOST LEIE"
