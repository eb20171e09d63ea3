/**
 * The fault still there after we repaired or serviced it, or the thing back from our work with a fault: "still
 * flickers after your repair", "came back from its service with the warning light on", "came back with a new fault". The
 * customer paid us to fix it and is where they started: a team lead wants it acknowledged. Look-alikes stay calm: a
 * thing that works well after our work, a question whether a light should stay on, a visit still to be booked, a thing
 * back from its service with something extra, praise. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('still faulty after our repair or service', {
  upset: [
    'The tablet still freezes after your repair.',
    'The tumble dryer is still making that grinding noise after the engineer came on Monday.',
    'Picked my bike up from the service and the gears are still slipping.',
    'The van came back from its service with the warning light on.',
    'My camera came back from the repair with a new fault in the autofocus.',
    'The piano came back from the tuning worse than before.',
    'Hi, the oven clock still resets after your visit. Regards, Priya',
    'heater still not working after the repair last week',
  ],
  calm: [
    'The car came back from its service with a full valet, thank you.',
    'Is the warning light supposed to stay on after the service?',
    'The tablet works like new after your repair.',
    'We still need to book a visit after the repair is confirmed.',
    'Can I still claim on the warranty after your repair?',
    'The van came back from its service with a new set of wiper blades.',
    'After the service the boiler is much quieter, thanks.',
    'How long is the bike still covered after a service?',
  ],
});
