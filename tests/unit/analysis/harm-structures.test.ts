/**
 * Abuse and allegations stated without the rule words: the structure carries them (intent + harm verb + a person
 * or a body part; a "safety warning" to a staff member; publishing where someone lives; a belonging that vanished
 * where only staff could go; a refusal "because of" a protected trait). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis';

const category = (text: string, lang: string): string => analyzeReview({ text, lang }).category;

describe('threats of violence without insult words are abuse', () => {
  it.each([
    ['en', 'The porter laughed at my mother. If he is on shift next week I am going to knock out his teeth.'],
    ['en', 'Tell the night receptionist she had better not walk to the tram stop by herself any more.'],
    ['en', 'That chef embarrassed us all evening. We know which street he lives in, and we are going to share his address online.'],
    ['de', 'Der Kellner hat uns ausgelacht. Beim nächsten Besuch brechen wir ihm die Finger.'],
    ['de', 'Sagen Sie Ihrem Portier, er soll nachts lieber nicht alleine nach Hause gehen.'],
    ['fr', 'Ce réceptionniste nous a humiliés. La prochaine fois, je vais lui casser les dents.'],
    ['fr', 'Prévenez votre serveuse de ne pas rentrer seule après son service.'],
    ['es', 'El encargado nos trató fatal. Decidle al encargado que no vuelva solo a casa por la noche.'],
    ['es', 'Voy a publicar su dirección para que todo el mundo sepa quién es.'],
    ['it', 'Il gestore ci ha cacciati. Ditelo al gestore: la prossima volta gli rompo il naso.'],
    ['it', 'So in che via abita la cameriera e pubblicherò il suo indirizzo.'],
  ])('%s: %s', (lang, text) => {
    expect(category(text, lang)).toBe('abuse');
  });
  it.each([
    ['en', 'We were told to be careful walking back alone at night, the area is rough. Lovely hotel though, great staff.'],
    ['en', "I'll break the news to my friends: this is the best pizza in town!"],
    ['de', 'Wir brechen morgen früh auf, das Frühstück war großartig und das Personal freundlich.'],
    ['fr', "Je vais publier mes photos du séjour, la vue était magnifique et l'accueil parfait."],
    ['es', 'Voy a compartir mis fotos del viaje, el personal fue encantador.'],
  ])('%s: not abuse: %s', (lang, text) => {
    expect(category(text, lang)).not.toBe('abuse');
  });
});

describe('allegations stated as facts are allegations', () => {
  it.each([
    ['en', 'My watch vanished from the bedside table while we were at breakfast. Only the housekeeping staff had a key.'],
    ['de', 'Nach der Reinigung war meine Kamera weg. Nur das Zimmermädchen hatte einen Schlüssel.'],
    ['fr', 'Mon portefeuille a disparu pendant notre absence. Seul le personnel avait accès à la chambre.'],
    ['es', 'Mi reloj desapareció mientras limpiaban la habitación. Solo el personal de limpieza tenía acceso.'],
    ['it', 'Il mio orologio è sparito durante le pulizie. Solo il personale aveva accesso alla stanza.'],
    ['en', 'The host ignored us and seated everyone who came after us, clearly because of the colour of our skin.'],
    ['fr', "Le videur nous a refusé l'entrée à cause des origines de mes cousins, alors que d'autres entraient."],
    ['de', 'Man hat uns abgewiesen, ganz offensichtlich wegen der Hautfarbe meines Mannes.'],
  ])('%s: %s', (lang, text) => {
    expect(category(text, lang)).toBe('allegation');
  });
  it.each([
    ['en', 'Only the staff have access to the rooftop garden, which keeps it quiet. Lovely stay.'],
    ['en', 'My appetite was gone after the huge starter, the food was delicious.'],
    ['fr', 'La piscine était fermée à cause de la météo, dommage mais le personnel était adorable.'],
    ['de', 'Mein Hunger war schnell weg, so gut und reichlich war das Frühstück.'],
  ])('%s: not an allegation: %s', (lang, text) => {
    expect(category(text, lang)).not.toBe('allegation');
  });
});
