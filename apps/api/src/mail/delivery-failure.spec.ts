import { DeliveryFailure, deliveryFailureOf } from './delivery-failure.js';

describe('the reason a message was not sent, in plain terms', () => {
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:2525', DeliveryFailure.UNREACHABLE],
    ['getaddrinfo ENOTFOUND smtp.kunta.example', DeliveryFailure.UNREACHABLE],
    ['Connection timeout', DeliveryFailure.TIMEOUT],
    ['Greeting never received', DeliveryFailure.TIMEOUT],
    ['Invalid login: 535 5.7.8 Authentication credentials invalid', DeliveryFailure.LOGIN_REFUSED],
    ['self-signed certificate in certificate chain', DeliveryFailure.SECURE_CONNECTION],
    [
      "Can't send mail - all recipients were rejected: 550 5.1.1 <x@y.example>: Recipient address rejected",
      DeliveryFailure.RECIPIENT_REFUSED,
    ],
    ['Message failed: 554 5.7.1 Spam detected', DeliveryFailure.OTHER],
  ])('reads "%s" as %s', (reason, failure) => {
    expect(deliveryFailureOf(reason)).toBe(failure);
  });

  it('has nothing to say when nothing failed', () => {
    expect(deliveryFailureOf(null)).toBeNull();
  });
});
